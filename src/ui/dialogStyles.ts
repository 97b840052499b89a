import { css } from 'lit';

/** Styles of the app's modal dialogs (native `<dialog>`: focus stays inside, Esc closes). */
export const dialogStyles = css`
  dialog {
    max-width: min(44rem, 94vw);
    max-height: 90vh;
    overflow: auto;
    border: var(--idl-border-width, 1px) solid var(--idl-control-border, #767676);
    border-radius: 10px;
    background: var(--idl-surface, #ffffff);
    color: var(--idl-fg, #1a1a1a);
    padding: 0.8rem 1.2rem 1rem;
    box-shadow: 0 8px 30px rgba(0, 0, 0, 0.3);
  }
  dialog::backdrop { background: rgba(0, 0, 0, 0.45); }
  .head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
  h2 { font-size: 1.25em; margin: 0.2rem 0; }
  h3 { font-size: 1.05em; margin: 0.9rem 0 0.3rem; }
  p { margin: 0.3rem 0 0.6rem; }
  .hint { color: var(--idl-muted, #444); font-size: 0.9em; }
  .status { min-height: 1.4em; font-size: 0.9em; }
  .problems { color: var(--idl-error, #a8321e); margin: 0.3rem 0; padding-left: 1.3em; font-size: 0.9em; }
`;
