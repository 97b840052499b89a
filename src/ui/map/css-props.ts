import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM only (`style.setProperty`), never through the
 * `style` attribute. Lit's own `styleMap` writes the attribute on first render, which a strict
 * Content-Security-Policy (no `'unsafe-inline'` in style-src) refuses and reports as a console
 * error; this directive is the CSP-safe equivalent. Use it as `style=${cssProps({ left: '4px' })}`.
 * Property names are CSS names (`left`, `background-color`, `--x`).
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') {
      throw new Error('cssProps() can only be used in the style attribute');
    }
  }

  render(_props: Readonly<Record<string, string | null | undefined>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string | null | undefined>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
