import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLocaleChange } from '../i18n/i18n.ts';

/**
 * Re-renders its host whenever the language changes at runtime. Add one to every component that
 * shows text: `private locale = new LocaleController(this);`.
 */
export class LocaleController implements ReactiveController {
  private off: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.off = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = null;
  }
}
