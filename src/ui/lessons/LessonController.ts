import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AppState } from '../app/appState.ts';
import type { SimulationController } from '../controllers/SimulationController.ts';
import type { UrlState } from '../url/urlState.ts';
import type { LessonChapterSetup } from './idl-lesson-player.ts';

/** The one lesson the app ships (public/lessons/<id>.json). */
const SHIPPED_LESSON = 'diffusion-basics';

/** The lesson a link opened: its id, the chapter (from 1) and the student's prediction. */
export interface LessonLink {
  lesson: string;
  chapter: number;
  guess?: string;
}

/** What the lesson needs of the app besides the simulation. */
export interface LessonHooks {
  state: () => AppState;
  setState: (state: AppState) => void;
  dataBaseUrl: () => string;
  /** opens the share dialog (the link, and its QR code, carry the chapter and the prediction) */
  share: () => void;
}

/**
 * The app's side of a guided lesson (`?lesson=<id>&chapter=N&guess=…`): loads the player's module
 * only then, sets up each chapter's run on the main map (preset, seed, lever settings) and which
 * levers stay open, plays the run when the student locks in a prediction, and keeps the lesson's
 * place in the page's link.
 */
export class LessonController implements ReactiveController {
  /** the open lesson, or null */
  link: LessonLink | null = null;
  /** levers and assumptions the chapter leaves open (the others are locked); null outside a lesson */
  open: ReadonlySet<string> | null = null;
  /** where the link opened the lesson: given to the player once (it then keeps its own place) */
  private start: LessonLink | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sim: SimulationController,
    private readonly hooks: LessonHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the lesson (its module loads now; nothing of it is loaded before). */
  async begin(link: LessonLink): Promise<void> {
    await import('./idl-lesson-player.ts');
    this.link = link;
    this.start = link;
    this.host.requestUpdate();
  }

  /**
   * The tools bar's button: opens the shipped lesson at its first chapter, or closes the open one.
   * Only one lesson ships, so there is no list to choose from.
   */
  toggle(): void {
    if (this.link) this.onClose();
    else void this.begin({ lesson: SHIPPED_LESSON, chapter: 1 });
  }

  /** The lesson's keys of the page's link. */
  linkFields(): Pick<UrlState, 'lesson' | 'chapter' | 'guess'> {
    return this.link ? { lesson: this.link.lesson, chapter: this.link.chapter, guess: this.link.guess } : {};
  }

  render() {
    const link = this.start;
    if (!this.link || !link) return nothing;
    return html`<idl-lesson-player
      id="lesson"
      .lessonId=${link.lesson}
      .chapterNumber=${link.chapter}
      .guess=${link.guess}
      .info=${this.sim.info}
      .levers=${this.hooks.state().levers}
      .params=${this.hooks.state().params}
      ?ready=${this.sim.status === 'ready'}
      .dataBaseUrl=${this.hooks.dataBaseUrl()}
      @idl-lesson-chapter=${this.onChapter}
      @idl-lesson-play=${this.onPlay}
      @idl-lesson-state=${this.onState}
      @idl-lesson-share=${() => this.hooks.share()}
      @idl-lesson-close=${this.onClose}
    ></idl-lesson-player>`;
  }

  /** The chapter's run on the main map, paused at its start; only its open levers can be moved. */
  private onChapter = async (e: CustomEvent<LessonChapterSetup>) => {
    const s = e.detail;
    this.open = new Set(s.open);
    this.sim.pause();
    this.hooks.setState({ ...this.hooks.state(), presetId: s.presetId, seed: s.seed, innovation: 0, levers: s.levers, params: s.params });
    await this.sim.start({ presetId: s.presetId, seed: s.seed });
    if (Object.keys(s.levers).length + Object.keys(s.params).length > 0 && this.sim.status === 'ready') {
      await this.sim.update({ levers: s.levers, params: s.params, seed: s.seed });
    }
    this.host.requestUpdate();
  };

  /** The student locked in a prediction: the chapter's run plays from its start. */
  private onPlay = async () => {
    if (this.sim.status !== 'ready') return;
    await this.sim.seek(0);
    this.sim.play();
  };

  private onState = (e: CustomEvent<LessonLink>) => {
    this.link = { ...e.detail };
    this.host.requestUpdate();
  };

  private onClose = () => {
    this.link = null;
    this.start = null;
    this.open = null;
    this.host.requestUpdate();
  };
}
