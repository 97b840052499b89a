import { css, unsafeCSS } from 'lit';
import { baseStyles } from '../styles.ts';
import { THEMES, themeDeclarations } from '../theme.ts';

/** The theme tokens as custom properties on the host; projector mode swaps them (and sizes). */
const themes = unsafeCSS(`
  :host { ${themeDeclarations(THEMES.standard)} }
  :host([projector]) { ${themeDeclarations(THEMES.projector)} }
`);

/** Layout of the app shell: a projector-first grid (map large, charts beside, levers as a side panel). */
export const appStyles = [
  baseStyles,
  themes,
  css`
    :host { display: flex; flex-direction: column; gap: 0.6rem; padding: 0.6rem 1rem 1rem; min-height: 100vh; background: var(--idl-bg); color: var(--idl-fg); }
    header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; }
    .brand h1 { margin: 0; font-size: 1.7em; letter-spacing: 0.02em; }
    .brand p { margin: 0; color: var(--idl-muted); font-size: 0.9em; }
    .pickers { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: end; min-width: 0; max-width: 100%; }
    .pickers label { display: flex; flex-direction: column; font-size: 0.8em; gap: 0.1rem; }
    .pickers label { max-width: 100%; min-width: 0; }
    .pickers select { font-size: 1.1rem; max-width: min(24rem, 100%); }
    .error { background: var(--idl-error-bg); border: 2px solid var(--idl-error); border-radius: 8px; padding: 0.5rem 0.8rem; display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
    .error.warning { background: var(--idl-warning-bg); border-color: var(--idl-warning); }
    main { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1.7fr) minmax(20rem, 1fr); align-items: start; }
    main.with-levers { grid-template-columns: minmax(0, 1.6fr) minmax(19rem, 1fr) minmax(19rem, 23rem); }
    .map { min-width: 0; }
    .run-title { margin: 0 0 0.2rem; }
    .about { font-size: 0.8em; color: var(--idl-muted); margin: 0 0 0.3rem; }
    .about summary { cursor: pointer; min-height: 32px; display: flex; align-items: center; }
    .about p { margin: 0.2rem 0 0.4rem; max-width: 60rem; }
    .map-placeholder { aspect-ratio: 4 / 3; display: grid; place-items: center; background: var(--idl-surface-alt); border-radius: 8px; color: var(--idl-muted); }
    idl-map { width: 100%; aspect-ratio: 4 / 3; }
    .notice { font-size: 0.75em; color: var(--idl-muted); margin: 0.3rem 0 0; }
    /* what a milestone that just fired did: over the top of the map for a few seconds (no layout shift) */
    .milestone-caption {
      position: absolute; z-index: 3; margin: 0.4rem 0 0 0.4rem; max-width: min(42rem, 90%); padding: 0.45rem 0.8rem;
      background: var(--idl-surface); color: var(--idl-fg); border: var(--idl-border-width, 1px) solid var(--idl-rule);
      border-left: 6px solid #b5006b; border-radius: 6px; box-shadow: 0 3px 12px rgba(0, 0, 0, 0.18);
      font-size: 1.05em; font-weight: 600; pointer-events: none;
    }
    .milestone-caption[hidden] { display: none; }
    .charts { display: flex; flex-direction: column; gap: 0.8rem; min-width: 0; }
    .levers { background: var(--idl-surface); border: var(--idl-border-width, 1px) solid var(--idl-rule); border-radius: 8px; padding: 0.6rem 0.9rem; max-height: calc(100vh - 2rem); overflow-y: auto; position: sticky; top: 0.5rem; }
    .levers[hidden] { display: none; }
    .tools { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    /* A pressed toggle (Levers, Table, Projector, Sweep) stays accent-coloured when hovered: the
       shared hover rule (pale background) must not pair with its white text. */
    .levers-toggle[aria-expanded='true'], .tools button[aria-pressed='true'], .tools button[aria-expanded='true'] { background: var(--idl-accent); color: var(--idl-on-accent); border-color: var(--idl-accent); }
    .levers-toggle[aria-expanded='true']:hover:not(:disabled), .tools button[aria-pressed='true']:hover:not(:disabled), .tools button[aria-expanded='true']:hover:not(:disabled) { background: var(--idl-accent-hover); border-color: var(--idl-accent-hover); }
    .link-notices ul { margin: 0; padding-left: 1.2em; flex: 1 1 30rem; }
    .map-table h2 { font-size: 1.1em; margin: 0.8rem 0 0.3rem; }
    /* Projector mode: large type everywhere, thick control borders, focus ring and map borders
       (the map's are set through its borderScale property), legend and KPIs readable from the back. */
    :host([projector]) {
      --idl-font-size: 24px;
      --idl-map-font-size: 22px;
      --idl-border-width: 2px;
      --idl-focus-width: 4px;
    }
    :host([projector]) .brand h1 { font-size: 1.5em; }
    :host([projector]) .brand p { font-size: 0.8em; }
    :host([projector]) idl-kpis { font-size: 1em; }
    :host([projector]) .pickers select { font-size: 1em; }
    :host([projector]) idl-chart { --idl-chart-font-size: 17px; --idl-chart-axis-font-size: 15px; }
    :host([projector]) idl-map { color: #000000; }
    :host([projector]) main { grid-template-columns: minmax(0, 1.9fr) minmax(18rem, 1fr); }
    @media (max-width: 1100px) {
      main, main.with-levers, :host([projector]) main { grid-template-columns: minmax(0, 1fr); }
      .levers { position: static; max-height: none; }
    }
  `,
];
