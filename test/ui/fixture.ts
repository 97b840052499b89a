import type { LitElement } from 'lit';

/** Mounts a fresh element in the page, waits for its first render, and returns it. */
export async function mount<T extends LitElement>(tag: string, props: Partial<T> = {}): Promise<T> {
  document.body.replaceChildren();
  const el = document.createElement(tag) as T;
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Collects the details of the events of one type fired by an element. */
export function collect<T = unknown>(el: EventTarget, type: string): T[] {
  const out: T[] = [];
  el.addEventListener(type, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}

/** The element's shadow root, typed. */
export function shadow(el: LitElement): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}
