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
    /* The levers in projector mode: a side sheet over the charts' side of the page (the map stays in
       sight), closed by its button or Escape. */
    .levers-drawer { position: fixed; inset: 0 0 0 auto; margin: 0; width: min(34rem, 92vw); max-width: none; height: 100vh; max-height: none; padding: 0 1rem 1rem; overflow-y: auto; border: none; border-left: var(--idl-border-width, 1px) solid var(--idl-rule); background: var(--idl-surface); color: var(--idl-fg); box-shadow: -8px 0 30px rgba(0, 0, 0, 0.3); }
    .levers-drawer::backdrop { background: rgba(0, 0, 0, 0.15); }
    .levers-drawer .drawer-close { position: sticky; top: 0; z-index: 1; display: flex; justify-content: flex-end; padding: 0.6rem 0 0.3rem; background: var(--idl-surface); }
    /* (a narrower screen in projector mode, a phone say, scrolls like the standard page) */
    @media (min-width: 1100.5px) {
      /* Projector mode's main view fits one screen (1280 × 720 and up) without scrolling: the page is
         the viewport's height, the bars above the map take their natural height and the map, with
         its legend, takes the rest; the KPIs head the charts' column, which scrolls by itself if the
         charts need more room. Bars of buttons are read from up close, so they are smaller (19 px)
         than what the class reads (map, legend, date, KPIs, charts). */
      :host([projector]) { height: 100vh; height: 100dvh; min-height: 0; padding: 0.4rem 0.8rem 0.5rem; gap: 0.5rem; }
      :host([projector]) header, :host([projector]) nav.tools { font-size: 19px; }
      :host([projector]) header { flex-wrap: nowrap; }
      /* the tools bar stays one row (a second would push the map down) and scrolls sideways if the
         buttons do not fit; its padding, taken back by the margin, leaves room for the focus ring */
      :host([projector]) nav.tools { flex-wrap: nowrap; overflow-x: auto; padding: var(--idl-focus-width); margin: calc(-1 * var(--idl-focus-width)); }
      :host([projector]) nav.tools button { flex: none; }
      :host([projector]) .brand { flex: none; white-space: nowrap; }
      :host([projector]) .brand p { display: none; }
      :host([projector]) .pickers { flex-wrap: nowrap; align-items: center; min-width: 0; }
      :host([projector]) .pickers label { flex-direction: row; align-items: center; gap: 0.4rem; white-space: nowrap; }
      :host([projector]) .pickers select { min-width: 0; max-width: 24rem; }
      :host([projector]) idl-transport { --idl-font-size: 19px; }
      /* (on a screen too short for the bars and a usable map, the main view keeps 22rem and the page scrolls) */
      :host([projector]) main { flex: 1 1 0; min-height: 22rem; grid-template-columns: minmax(0, 1fr) minmax(24rem, 36%); grid-template-rows: minmax(0, 1fr); align-items: stretch; }
      :host([projector]) .map { display: flex; flex-direction: column; min-height: 0; }
      :host([projector]) .map > idl-map, :host([projector]) .map > idl-cell-grid, :host([projector]) .map > .map-placeholder { flex: 1 1 0; min-height: 0; aspect-ratio: auto; }
      /* one line above the map (the name of what spreads) and a small notice under it: the height is the map's */
      :host([projector]) .map-head { display: flex; align-items: baseline; gap: 0 1rem; font-size: 19px; }
      :host([projector]) .map-head .run-title { flex: 0 1 auto; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      :host([projector]) .map-head .about { flex: 1 1 0; min-width: 9em; }
      :host([projector]) .map-head .about summary { display: list-item; line-height: 32px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      :host([projector]) .map > .notice { font-size: 14px; }
      :host([projector]) .charts { overflow-y: auto; min-height: 0; padding-right: 0.3rem; }
      /* two KPIs a row, at their full projector size, in the column of a 1280-px screen */
      :host([projector]) .charts idl-kpis { --idl-kpi-min: 8em; }
      /* the dialogs' hosts hold nothing on the page: no gap for them */
      :host([projector]) > idl-share-dialog, :host([projector]) > idl-export-dialog, :host([projector]) > idl-help-dialog { position: absolute; }
      /* With the table, the Sweep or the compare panel open, the page scrolls: the map keeps most of
         the first screen and the panels follow it. */
      :host([projector][panels]) { height: auto; min-height: 100vh; }
      :host([projector][panels]) main { flex: none; height: max(24rem, calc(100vh - 12rem)); }
      :host([projector]) > idl-sweep-panel, :host([projector]) > idl-compare-panel { order: 1; }
      /* A 720-line projector makes every pixel bigger on the wall: smaller type there leaves the map
         its height (the legend on two rows instead of three, the bars lower). */
      @media (max-height: 800px) {
        :host([projector]) { --idl-map-font-size: 18px; }
        :host([projector]) header, :host([projector]) nav.tools { font-size: 17px; }
        /* (tighter buttons: all of the tools bar fits a 1280-px screen in English) */
        :host([projector]) nav.tools { gap: 0.3rem; }
        :host([projector]) nav.tools button { padding-inline: 0.55em; }
        :host([projector]) idl-transport { --idl-font-size: 17px; }
      }
    }
    @media (max-width: 1100px) {
      main, main.with-levers, :host([projector]) main { grid-template-columns: minmax(0, 1fr); }
      .levers { position: static; max-height: none; }
    }
  `,
];
