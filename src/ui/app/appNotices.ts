import { html, nothing, type TemplateResult } from 'lit';
import { pick, t } from '../i18n/i18n.ts';
import type { UrlWarning } from '../url/urlState.ts';

/** A problem with the link the page was opened with, shown until dismissed. */
export type LinkNotice =
  | { kind: 'invalid'; warning: UrlWarning }
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
