/** What a keyboard shortcut asks for (the help dialog lists them). */
export type ShortcutAction = 'toggle' | 'step' | 'back' | 'help';

/** Elements that keep their own keys: typing, lists, sliders, the map (arrows pan it). */
const OWN_KEYS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/**
 * Where the space bar has a meaning of its own and keeps it: a text field types a space, a list opens,
 * a checkbox or radio button is ticked (Enter does not tick them, so taking Space would leave no key).
 * Everywhere else — the page, a button, a link, a disclosure, a slider, the map — Space plays or
 * pauses: a teacher who has just clicked "Projector mode" or moved a lever expects Space to start the
 * run, not to press that button again (buttons still answer Enter).
 */
const SPACE_IS_ITS_OWN = new Set(['SELECT', 'TEXTAREA']);
const INPUTS_WITHOUT_SPACE = new Set(['range', 'button', 'submit', 'reset', 'image', 'color', 'file']);

function keepsSpace(target: HTMLElement | null): boolean {
  if (!target) return false;
  if (SPACE_IS_ITS_OWN.has(target.tagName) || target.isContentEditable) return true;
  if (target.tagName === 'INPUT') return !INPUTS_WITHOUT_SPACE.has((target as HTMLInputElement).type);
  const role = target.getAttribute?.('role') ?? '';
  return role === 'checkbox' || role === 'radio' || role === 'switch' || role === 'textbox' || role === 'combobox';
}

/**
 * The app's shortcut for a key press, or null when the key belongs to where the focus is. Space
 * plays or pauses (see SPACE_IS_ITS_OWN for where it does not), → steps a month, ← steps back, ?
 * opens the help. Reads the event's real target through shadow roots (composedPath), so a slider
 * inside a component keeps its arrow keys. The caller prevents the default action, so a focused
 * button is not also pressed by the space bar.
 */
export function shortcutFor(e: KeyboardEvent): ShortcutAction | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  const target = (e.composedPath()[0] ?? e.target) as HTMLElement | null;
  // a modal dialog keeps every key (its buttons are pressed with Space as usual)
  if (target?.closest?.('dialog')) return null;
  if (e.key === ' ' || e.code === 'Space') return keepsSpace(target) ? null : 'toggle';
  const tag = target?.tagName ?? '';
  const role = target?.getAttribute?.('role') ?? '';
  if (OWN_KEYS.has(tag) || target?.isContentEditable || role === 'slider') return null;
  if (e.key === '?') return 'help';
  // the focused map pans with the arrows and zooms with + − 0
  if (target?.classList?.contains('surface')) return null;
  if (e.key === 'ArrowRight') return 'step';
  if (e.key === 'ArrowLeft') return 'back';
  return null;
}
