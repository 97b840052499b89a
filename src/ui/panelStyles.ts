import { css } from 'lit';

/**
 * Styles of the app's tool panels that run many simulations in workers (Sweep, Compare with
 * baseline): the panel's box, its title and hint, the primary run button, the progress line.
 */
export const toolPanelStyles = css`
  :host { display: block; background: var(--idl-surface, #fff); border: 1px solid var(--idl-rule, #d4dde6); border-radius: 8px; padding: 0.6rem 0.9rem 0.8rem; }
  :host([hidden]) { display: none; }
  h2 { font-size: 1.15em; margin: 0 0 0.2rem; }
  p.hint { font-size: 0.8em; color: var(--idl-muted, #444); margin: 0 0 0.5rem; max-width: 70rem; }
  button.run { background: var(--idl-accent, #0b5cad); color: var(--idl-on-accent, #fff); border-color: var(--idl-accent, #0b5cad); font-weight: 600; }
  button.run:hover:not(:disabled) { background: var(--idl-accent-hover, #094a8c); }
  .progress { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; align-items: center; margin: 0.5rem 0; font-variant-numeric: tabular-nums; }
  progress { width: min(28rem, 100%); height: 1rem; accent-color: var(--idl-accent, #0b5cad); }
  .error { color: var(--idl-error, #a8321e); }
`;
