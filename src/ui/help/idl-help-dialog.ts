import { LitElement, css, html } from 'lit';
import { LocaleController } from '../controllers/LocaleController.ts';
import { dialogStyles } from '../dialogStyles.ts';
import { t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { baseStyles } from '../styles.ts';

/** The shortcuts the help lists: keys (as shown) and what they do. Kept beside shortcuts.ts's map. */
const ROWS: readonly { keys: readonly (string | MessageKey)[]; action: MessageKey }[] = [
  { keys: ['help.space'], action: 'help.playPause' },
  { keys: ['→'], action: 'help.stepForward' },
  { keys: ['←'], action: 'help.stepBack' },
  { keys: ['?'], action: 'help.openHelp' },
  { keys: ['Tab', 'Shift + Tab'], action: 'help.tab' },
  { keys: ['+', '−', '0', '← ↑ → ↓'], action: 'help.mapKeys' },
  { keys: ['← →', '↑ ↓', '+ −', '0 R'], action: 'help.landscapeKeys' },
  { keys: ['Esc'], action: 'help.escape' },
];

/** The help dialog: the keyboard shortcuts as a table, and what the table view and projector mode are for. */
export class IdlHelpDialog extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--idl-rule, #d4dde6); vertical-align: top; }
      kbd { display: inline-block; min-width: 1.6em; padding: 0.05em 0.4em; margin: 0 0.2em 0.2em 0; text-align: center;
        border: 1px solid var(--idl-control-border, #767676); border-bottom-width: 2px; border-radius: 4px; font: inherit; background: var(--idl-surface-alt, #f1f4f7); }
    `,
  ];

  private readonly locale = new LocaleController(this);

  show(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  get isOpen(): boolean {
    return !!this.renderRoot.querySelector('dialog')?.open;
  }

  override render() {
    const key = (k: string) => (k.startsWith('help.') ? t(k as MessageKey) : k);
    return html`<dialog aria-labelledby="help-title">
      <div class="head">
        <h2 id="help-title">${t('help.title')}</h2>
        <button class="close" @click=${this.close}>${t('dialog.close')}</button>
      </div>
      <table>
        <caption class="visually-hidden">${t('help.keys')}</caption>
        <thead><tr><th scope="col">${t('help.key')}</th><th scope="col">${t('help.action')}</th></tr></thead>
        <tbody>
          ${ROWS.map(
            (r) => html`<tr><td>${r.keys.map((k) => html`<kbd>${key(k)}</kbd>`)}</td><td>${t(r.action)}</td></tr>`,
          )}
        </tbody>
      </table>
      <p class="hint">${t('help.shortcutsWhere')}</p>
      <p>${t('help.views')}</p>
    </dialog>`;
  }
}

customElements.define('idl-help-dialog', IdlHelpDialog);

declare global {
  interface HTMLElementTagNameMap {
    'idl-help-dialog': IdlHelpDialog;
  }
}
