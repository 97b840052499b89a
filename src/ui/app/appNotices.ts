import { html, nothing, type TemplateResult } from 'lit';
import { pick, t } from '../i18n/i18n.ts';
import type { UrlRepeat, UrlWarning } from '../url/urlState.ts';

/** A problem with the link the page was opened with, shown until dismissed. */
export type LinkNotice =
  | { kind: 'invalid'; warning: UrlWarning }
  | { kind: 'repeated'; repeat: UrlRepeat }
  | { kind: 'unknownPreset'; value: string; allowed: string; preset: string }
  | { kind: 'tickBeyond'; value: string; max: number }
  | { kind: 'innovationBeyond'; value: string; max: number }
  | { kind: 'version'; link: string; app: string };

/** One notice in the current language (re-rendered when the language changes). */
export function linkNoticeText(n: LinkNotice): string {
  switch (n.kind) {
    case 'invalid':
      return n.warning.allowed
        ? t('url.invalid', { field: n.warning.field, value: n.warning.value, allowed: pick(n.warning.allowed) })
        : t('url.unknown', { field: n.warning.field, value: n.warning.value });
    case 'repeated':
      return t('url.repeated', { field: n.repeat.field, times: n.repeat.times, value: n.repeat.value });
    case 'unknownPreset':
      return t('url.unknownPreset', { value: n.value, allowed: n.allowed, preset: n.preset });
    case 'tickBeyond':
      return t('url.tickBeyond', { value: n.value, max: n.max });
    case 'innovationBeyond':
      return t('url.innovationBeyond', { value: n.value, max: n.max });
    case 'version':
      return t('url.version', { link: n.link, app: n.app });
  }
}

/** The link's notices as one warning box (role=status: read out once, not an alarm). */
export function renderLinkNotices(notices: readonly LinkNotice[], onDismiss: () => void): TemplateResult | typeof nothing {
  if (notices.length === 0) return nothing;
  return html`<div class="error warning link-notices" role="status">
    <strong>${t('url.title')}:</strong>
    <ul>
      ${notices.map((n) => html`<li>${linkNoticeText(n)}</li>`)}
    </ul>
    <button class="dismiss" @click=${onDismiss}>${t('url.dismiss')}</button>
  </div>`;
}

/** What became of this tab's imported scenario: restored after a reload, not restorable, or not kept for one. */
export type SessionNotice =
  | { kind: 'restored'; name: string }
  | { kind: 'restoreFailed'; name: string; message: string }
  | { kind: 'notKept'; name: string };

/** The session notice as a box of its own (role=status), with a dismiss button. */
export function renderSessionNotice(n: SessionNotice | null, onDismiss: () => void): TemplateResult | typeof nothing {
  if (!n) return nothing;
  const text =
    n.kind === 'restored'
      ? t('session.restored', { name: n.name })
      : n.kind === 'restoreFailed'
        ? t('session.restoreFailed', { name: n.name, message: n.message })
        : t('session.notKept', { name: n.name });
  return html`<div class="error warning session-notice" role="status">
    <span class="message">${text}</span>
    <button class="dismiss" @click=${onDismiss}>${t('url.dismiss')}</button>
  </div>`;
}
