/** What a keyboard shortcut asks for (the help dialog lists them). */
export type ShortcutAction = 'toggle' | 'step' | 'back' | 'help';

/** Elements that keep their own keys: typing, lists, sliders, the map (arrows pan it). */
const OWN_KEYS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/** …and elements that a space bar activates (a button pressed with space must not also toggle play). */
const ACTIVATED_BY_SPACE = new Set(['BUTTON', 'SUMMARY', 'A', 'OPTION']);

/**
 * The app's shortcut for a key press, or null when the key belongs to where the focus is. Space
 * plays or pauses, → steps a month, ← steps back, ? opens the help. Reads the event's real target
 * through shadow roots (composedPath), so a slider inside a component keeps its arrow keys.
 */
export function shortcutFor(e: KeyboardEvent): ShortcutAction | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  const target = (e.composedPath()[0] ?? e.target) as HTMLElement | null;
  const tag = target?.tagName ?? '';
  const role = target?.getAttribute?.('role') ?? '';
  if (OWN_KEYS.has(tag) || target?.isContentEditable || role === 'slider' || target?.closest?.('dialog')) return null;
  if (e.key === '?') return 'help';
  // the focused map pans with the arrows and zooms with + − 0
  if (target?.classList?.contains('surface')) return null;
  if (e.key === ' ' || e.code === 'Space') return ACTIVATED_BY_SPACE.has(tag) ? null : 'toggle';
  if (e.key === 'ArrowRight') return 'step';
  if (e.key === 'ArrowLeft') return 'back';
  return null;
}
