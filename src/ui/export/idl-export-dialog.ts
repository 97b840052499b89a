import { LitElement, css, html, nothing } from 'lit';
import { LocaleController } from '../controllers/LocaleController.ts';
import { dialogStyles } from '../dialogStyles.ts';
import { formatNumber, t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { baseStyles } from '../styles.ts';

/** What can be exported. */
export type ExportKind = 'map' | 'chartStages' | 'chartAdoption' | 'rows' | 'events' | 'scenario';
export const EXPORT_KINDS: readonly ExportKind[] = ['map', 'chartStages', 'chartAdoption', 'rows', 'events', 'scenario'];

/** A size in bytes for people: "1 MB", "512 KB" (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20) return `${formatNumber(bytes / (1 << 20), 1)} MB`;
  if (bytes >= 1 << 10) return `${formatNumber(bytes / (1 << 10), 0)} KB`;
  return `${formatNumber(bytes, 0)} B`;
}

/**
 * The export and import dialog: one button per export (`idl-export` {kind}) and a file picker for a
 * scenario JSON (`idl-import` {file}). The app does the work and sets `status` (what happened) and
 * `problems` (a rejected file's messages, listed one per line).
 */
export class IdlExportDialog extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      .buttons { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.5rem; }
      .file { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
      /* the native file input's own button speaks the browser's language, not the app's: it is
         visually hidden and the label, styled as a button, opens it (click and keyboard focus) */
      .file label { display: inline-flex; align-items: center; min-height: 44px; padding: 0.25em 0.8em; cursor: pointer;
        border: var(--idl-border-width, 1px) solid var(--idl-control-border, #767676); border-radius: 6px; background: var(--idl-surface, #fff); }
      .file label:hover { background: var(--idl-hover, #e8f0f8); }
      .file:focus-within label { outline: var(--idl-focus-width, 3px) solid var(--idl-focus, #0b5cad); outline-offset: 2px; }
    `,
  ];

  static override properties = {
    busy: { type: Boolean },
    status: { type: String },
    problems: { attribute: false },
    maxBytes: { type: Number },
  };

  declare busy: boolean;
  declare status: string;
  declare problems: readonly string[];
  declare maxBytes: number;

  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    this.busy = false;
    this.status = '';
    this.problems = [];
    this.maxBytes = 1 << 20;
  }

  show(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    return html`<dialog aria-labelledby="export-title">
      <div class="head">
        <h2 id="export-title">${t('export.title')}</h2>
        <button class="close" @click=${this.close}>${t('dialog.close')}</button>
      </div>
      <h3>${t('export.heading')}</h3>
      <p class="hint">${t('export.hint')}</p>
      <div class="buttons">
        ${EXPORT_KINDS.map(
          (kind) => html`<button data-export=${kind} ?disabled=${this.busy} @click=${() => this.emit('idl-export', { kind })}>
            ${t(`export.${kind}` as MessageKey)}
          </button>`,
        )}
      </div>
      <h3>${t('import.heading')}</h3>
      <p class="hint">${t('import.hint', { max: formatBytes(this.maxBytes) })}</p>
      <div class="file">
        <label for="import-file">${t('import.choose')}</label>
        <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" ?disabled=${this.busy} @change=${this.onFile} />
      </div>
      <p class="status" role="status">${this.status}</p>
      ${this.problems.length
        ? html`<ul class="problems" role="alert">${this.problems.map((p) => html`<li>${p}</li>`)}</ul>`
        : nothing}
    </dialog>`;
  }

  private onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (file) this.emit('idl-import', { file });
  };

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

customElements.define('idl-export-dialog', IdlExportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'idl-export-dialog': IdlExportDialog;
  }
}
