import { css } from 'lit';

/**
 * Styles shared by the app's components. Sizes are for a projector at the back of a classroom:
 * body text ≥ 18 px, controls ≥ 44 px tall (touch and pointer targets), visible focus rings.
 * Lit adopts these as constructable stylesheets, so they need no `unsafe-inline` under the CSP.
 */
export const baseStyles = css`
  :host {
    font-family: system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    font-size: var(--idl-font-size, 18px);
    color: var(--idl-fg, #1a1a1a);
    box-sizing: border-box;
  }
  *, *::before, *::after { box-sizing: inherit; }
  button, select, input {
    font: inherit;
    color: inherit;
  }
  button, select {
    min-height: 44px;
    padding: 0.25em 0.8em;
    border: var(--idl-border-width, 1px) solid var(--idl-control-border, #767676);
    border-radius: 6px;
    background: var(--idl-surface, #ffffff);
    cursor: pointer;
  }
  button:hover:not(:disabled), select:hover:not(:disabled) { background: var(--idl-hover, #e8f0f8); }
  button:disabled, select:disabled, input:disabled { opacity: 0.5; cursor: not-allowed; }
  button:focus-visible, select:focus-visible, input:focus-visible, summary:focus-visible {
    outline: var(--idl-focus-width, 3px) solid var(--idl-focus, #0b5cad);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
