import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app (docs/implementation-notes.md, "Contracts"): everything from the app's
 * own origin, nothing inline, no eval. Lit's styles are constructable stylesheets
 * (adoptedStyleSheets), which CSP does not treat as inline; inline styles are only ever set through
 * the CSSOM (src/ui/map/css-props.ts), never as `style` attributes. `data:`/`blob:` images allow
 * canvas snapshots and exports. Directives that a <meta> policy cannot carry (frame-ancestors,
 * report-uri, sandbox) are left to the static host's headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Adds the policy as the first element of <head> in the *built* index.html, so it governs every
 * script and stylesheet that follows. The dev server is left without it: Vite's client injects
 * inline styles and a websocket for hot reload, which a strict policy would refuse.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'idl-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}
