import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../src/ui/help/shortcuts.ts';

/** The shortcut a key press on `target` (inside a shadow root, as in the app) would trigger. */
function pressOn(tag: string, key: string, attrs: Record<string, string> = {}): ReturnType<typeof shortcutFor> {
  document.body.replaceChildren();
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const target = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) target.setAttribute(k, v);
  root.append(target);
  let action: ReturnType<typeof shortcutFor> = null;
  window.addEventListener('keydown', (e) => (action = shortcutFor(e)), { once: true });
  target.dispatchEvent(new KeyboardEvent('keydown', { key, code: key === ' ' ? 'Space' : key, bubbles: true, composed: true }));
  return action;
}

describe('keyboard shortcuts', () => {
  it('space plays/pauses, → steps, ← steps back, ? opens the help — from the page', () => {
    expect(pressOn('div', ' ')).toBe('toggle');
    expect(pressOn('div', 'ArrowRight')).toBe('step');
    expect(pressOn('div', 'ArrowLeft')).toBe('back');
    expect(pressOn('div', '?')).toBe('help');
    expect(pressOn('div', 'x')).toBeNull();
  });

  it('leaves their own keys to sliders, lists, text fields, the map and dialogs', () => {
    expect(pressOn('input', 'ArrowRight', { type: 'range' })).toBeNull();
    expect(pressOn('select', 'ArrowLeft')).toBeNull();
    expect(pressOn('input', ' ', { type: 'number' })).toBeNull();
    expect(pressOn('div', 'ArrowRight', { class: 'surface' })).toBeNull();
    expect(pressOn('div', '?', { class: 'surface' })).toBe('help');
  });

  it('a space plays or pauses from a button, a link, a disclosure or a slider (the button is not pressed); arrows still step', () => {
    for (const [tag, attrs] of [['button', {}], ['a', { href: '#' }], ['summary', {}], ['input', { type: 'range' }], ['div', { class: 'surface' }], ['div', { role: 'slider' }]] as const) {
      expect(pressOn(tag, ' ', attrs), `${tag} ${JSON.stringify(attrs)}`).toBe('toggle');
    }
    expect(pressOn('button', 'ArrowRight')).toBe('step');
  });

  it('leaves the space bar where it has a meaning: text fields, lists, checkboxes, radio buttons, dialogs', () => {
    for (const [tag, attrs] of [['input', { type: 'text' }], ['input', { type: 'search' }], ['input', { type: 'number' }], ['input', { type: 'checkbox' }], ['input', { type: 'radio' }], ['select', {}], ['textarea', {}], ['div', { contenteditable: 'true' }], ['div', { role: 'checkbox' }]] as const) {
      expect(pressOn(tag, ' ', attrs), `${tag} ${JSON.stringify(attrs)}`).toBeNull();
    }
    document.body.replaceChildren();
    const dialog = document.createElement('dialog');
    const close = document.createElement('button');
    dialog.append(close);
    document.body.append(dialog);
    let action: ReturnType<typeof shortcutFor> = 'toggle';
    window.addEventListener('keydown', (e) => (action = shortcutFor(e)), { once: true });
    close.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, composed: true }));
    expect(action).toBeNull();
  });
});
