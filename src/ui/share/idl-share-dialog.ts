import { LitElement, css, html, nothing, svg } from 'lit';
import { LocaleController } from '../controllers/LocaleController.ts';
import { dialogStyles } from '../dialogStyles.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../styles.ts';
import { qrPath, type QrPath } from './qrPath.ts';

/** Width of the QR code's quiet zone, in modules (the standard asks for 4). */
const QUIET = 4;

/**
 * The share dialog: the link to the current run (the page's URL state, with or without the current
 * time), a copy button and the link's QR code for projecting in class. The QR code is an SVG path
 * rendered by Lit (no inline styles or scripts: CSP-safe). The app sets `link` and `linkAtStart`.
 */
export class IdlShareDialog extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      .link { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
      .link input { flex: 1 1 20rem; min-height: 44px; padding: 0 0.5em; font-size: 0.85em; border: var(--idl-border-width, 1px) solid var(--idl-control-border, #767676); border-radius: 6px; background: var(--idl-surface, #fff); }
      label.time { display: flex; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }
      label.time input { width: 1.3em; height: 1.3em; }
      .qr { display: flex; justify-content: center; margin-top: 0.6rem; }
      .qr svg { width: min(20rem, 70vw); height: auto; }
    `,
  ];

  static override properties = {
    link: { type: String },
    linkAtStart: { type: String },
    date: { type: String },
    imported: { type: Boolean },
    seed: { type: Number },
    withTime: { state: true },
    status: { state: true },
  };

  declare link: string;
  declare linkAtStart: string;
  /** the current simulated date, as the checkbox names it */
  declare date: string;
  declare imported: boolean;
  declare seed: number;
  declare withTime: boolean;
  declare status: string;

  private readonly locale = new LocaleController(this);
  private qrCache: { text: string; qr: QrPath | null } | null = null;

  constructor() {
    super();
    this.link = '';
    this.linkAtStart = '';
    this.date = '';
    this.imported = false;
    this.seed = 1;
    this.withTime = true;
    this.status = '';
  }

  /** Opens the dialog (modal). */
  show(): void {
    this.status = '';
    this.dialog()?.showModal();
  }

  close(): void {
    this.dialog()?.close();
  }

  get currentLink(): string {
    return this.withTime ? this.link : this.linkAtStart;
  }

  override render() {
    const link = this.currentLink;
    const qr = this.qr(link);
    return html`<dialog aria-labelledby="share-title">
      <div class="head">
        <h2 id="share-title">${t('share.title')}</h2>
        <button class="close" @click=${this.close}>${t('dialog.close')}</button>
      </div>
      <p class="hint">${t('share.hint')}</p>
      ${this.imported ? html`<p class="hint imported" role="note">${t('share.imported', { seed: this.seed })}</p>` : nothing}
      <label class="time">
        <input type="checkbox" .checked=${this.withTime} @change=${this.onWithTime} />
        <span>${t('share.includeTime', { date: this.date })}</span>
      </label>
      <div class="link">
        <input id="share-link" type="text" readonly .value=${link} aria-label=${t('share.link')} @focus=${this.onFocusLink} />
        <button class="copy" @click=${this.onCopy}>${t('share.copy')}</button>
      </div>
      <p class="status" role="status">${this.status}</p>
      <div class="qr">
        ${qr
          ? html`<svg role="img" aria-label=${t('share.qr')} viewBox=${`0 0 ${qr.size + 2 * QUIET} ${qr.size + 2 * QUIET}`}
              shape-rendering="crispEdges">
              <title>${t('share.qr')}</title>
              ${svg`<rect width="100%" height="100%" fill="#ffffff"></rect>
                <path transform=${`translate(${QUIET} ${QUIET})`} d=${qr.d} fill="#000000"></path>`}
            </svg>`
          : html`<p>${t('share.qrTooLong')}</p>`}
      </div>
    </dialog>`;
  }

  private dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private qr(text: string): QrPath | null {
    if (this.qrCache?.text !== text) this.qrCache = { text, qr: text ? qrPath(text) : null };
    return this.qrCache.qr;
  }

  private onWithTime = (e: Event) => {
    this.withTime = (e.target as HTMLInputElement).checked;
  };

  private onFocusLink = (e: Event) => (e.target as HTMLInputElement).select();

  private onCopy = async () => {
    try {
      await navigator.clipboard.writeText(this.currentLink);
      this.status = t('share.copied');
    } catch {
      (this.renderRoot.querySelector('#share-link') as HTMLInputElement | null)?.select();
      this.status = t('share.copyFailed');
    }
  };
}

customElements.define('idl-share-dialog', IdlShareDialog);

declare global {
  interface HTMLElementTagNameMap {
    'idl-share-dialog': IdlShareDialog;
  }
}
