import { LitElement, css, html } from 'lit';
import type { Kpis } from '../../service/types.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatNumber, formatPercent, t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { baseStyles } from '../styles.ts';
import { unitKey, type LocalityWording } from '../i18n/unitKey.ts';

/** One cell of the strip: its label, the formatted value and the help text. */
/** A number and a worded unit after it ("33.8 百分点", "12.3 years"); "42.1%" and "not reached" have none. */
const NUMBER_AND_UNIT = /^([−+-]?[\d.,]+)(\s+\S.*)$/u;

/**
 * The value with its worded unit in a smaller span: in the narrow KPI column (projector mode,
 * two KPIs a row) the number and its unit then stay on one line; the text read is unchanged.
 */
function withUnit(value: string) {
  const m = NUMBER_AND_UNIT.exec(value);
  return m ? html`${m[1]}<span class="unit">${m[2]}</span>` : value;
}

interface Cell {
  label: MessageKey;
  help: MessageKey;
  value: string;
}

/**
 * The KPI strip (what a policymaker compares between scenarios): time to 50 %, active share, 5-year persistence,
 * formalism share, show share and the east–west gap of the selected innovation at the current tick. The values
 * are computed in the service (src/service/kpis.ts); this element only formats them.
 */
export class IdlKpis extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      /* cells at least 10em of their own type wide (wider in projector mode), one column on a phone */
      /* --idl-kpi-min: the narrowest a KPI's cell gets (the page sets it where the KPIs share a column) */
      dl { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--idl-kpi-min, 10em)), 1fr)); gap: 0.5rem; margin: 0; }
      div.cell { background: var(--idl-surface-alt, #f1f4f7); border-radius: 8px; padding: 0.4rem 0.7rem; border-left: 5px solid var(--idl-accent, #0b5cad); }
      dt { font-size: 0.8em; color: var(--idl-muted, #444); }
      dd { margin: 0; overflow-wrap: break-word; font-size: 1.6em; font-weight: 700; font-variant-numeric: tabular-nums; }
      dd .unit { font-size: 0.6em; font-weight: 600; white-space: nowrap; }
    `,
  ];

  static override properties = {
    kpis: { attribute: false },
    wording: { type: String },
    usRegions: { type: Boolean },
  };

  declare kpis: Kpis | null;
  /** a lattice or mixed world: the help texts say "units" (单位), not county-level units */
  declare wording: LocalityWording;
  /** a us-states world: the gap is the South's minus the West's (US Census regions) */
  declare usRegions: boolean;

  constructor() {
    super();
    this.kpis = null;
    this.wording = 'county';
    this.usRegions = false;
  }

  private readonly locale = new LocaleController(this);

  override render() {
    return html`<dl>
      ${this.cells().map(
        (c) => html`<div class="cell" title=${t(unitKey(c.help, this.wording))}>
          <dt>${t(c.label)}</dt>
          <dd data-kpi=${c.label}>${withUnit(c.value)}</dd>
        </div>`,
      )}
    </dl>`;
  }

  private cells(): Cell[] {
    const k = this.kpis;
    const dash = '—';
    return [
      {
        label: 'kpi.t50',
        help: 'kpi.t50Help',
        value: !k ? dash : k.timeTo50 === null ? t('kpi.notReached') : t('kpi.years', { v: formatNumber(k.timeTo50, 1) }),
      },
      { label: 'kpi.active', help: 'kpi.activeHelp', value: k ? formatPercent(k.activeShare) : dash },
      {
        label: 'kpi.persistence',
        help: 'kpi.persistenceHelp',
        value: k && k.persistence5 !== null ? formatPercent(k.persistence5) : dash,
      },
      { label: 'kpi.formal', help: 'kpi.formalHelp', value: k && k.formalShare !== null ? formatPercent(k.formalShare) : dash },
      {
        label: 'kpi.show',
        // with the mechanism off the dash is not "no adopters yet": the help says why
        help: k && !k.showMechanism ? 'kpi.showOffHelp' : 'kpi.showHelp',
        value: k && k.showShare !== null ? formatPercent(k.showShare) : dash,
      },
      {
        label: this.usRegions ? 'kpi.gap.us' : 'kpi.gap',
        help: this.usRegions ? 'kpi.gapHelp.us' : 'kpi.gapHelp',
        value: k && k.eastWestGap !== null ? t('kpi.ppShort', { v: formatNumber(k.eastWestGap * 100, 1) }) : dash,
      },
    ];
  }
}

customElements.define('idl-kpis', IdlKpis);

declare global {
  interface HTMLElementTagNameMap {
    'idl-kpis': IdlKpis;
  }
}
