import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SimulationController } from '../controllers/SimulationController.ts';
import type { ComparisonResult } from '../../compare/types.ts';
import { adoptionProbability } from '../../compare/adoptionProbability.ts';
import type { LandscapeData, LandscapeProbability } from '../landscape/landscapeValues.ts';
import { isMapWorld } from '../map/map-projection.ts';

/** While playing, the landscape asks for new heights at most this often (ms): each is a round trip to the worker. */
const LANDSCAPE_REFRESH_PLAYING_MS = 250;

/**
 * The shell's side of the landscape view: whether it is open, the run's data for it (refreshed
 * when the shown tick or innovation changes, throttled while playing), and compare mode's
 * probabilities of adoption by the shown date. Opening it loads the view's module — and three.js
 * — for the first time; the main bundle never carries them.
 */
export class LandscapeController implements ReactiveController {
  open = false;
  data: LandscapeData | null = null;
  private probability: LandscapeProbability | null = null;
  private dataKey = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private at = 0;
  private probabilityKey: unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sim: SimulationController,
    private readonly innovation: () => number,
    /** compare mode's last result, if any */
    private readonly comparison: () => ComparisonResult | null,
  ) {
    host.addController(this);
  }

  /** Opens or closes the view; opened, it is scrolled into sight (it sits under the map and charts). */
  toggle(): void {
    this.open = !this.open;
    if (this.open) void this.reveal();
    else this.data = null;
    this.host.requestUpdate();
  }

  /** Loads the view's module, then scrolls the view into sight once it has its size. */
  private async reveal(): Promise<void> {
    await import('../landscape/idl-landscape.ts');
    await this.host.updateComplete;
    const section = this.section();
    await section?.querySelector('idl-landscape')?.updateComplete;
    if (this.open) section?.scrollIntoView({ block: 'start' });
  }

  private section(): Element | null {
    return (this.host as unknown as { renderRoot?: ParentNode }).renderRoot?.querySelector('#landscape') ?? null;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Open and shown: a world without a map (lattice, fully mixed) keeps it open but hides it. */
  get shown(): boolean {
    const info = this.sim.info;
    return this.open && !!info && isMapWorld(info.worldKind);
  }

  hostUpdated(): void {
    if (!this.shown) return; // hidden on a world without a map: nothing to ask the worker for
    const info = this.sim.info;
    const frame = this.sim.frame;
    if (!info || !frame || this.sim.status !== 'ready' || this.timer !== undefined) return;
    if (this.data && this.dataKey === this.key()) return;
    const wait = this.sim.playing ? Math.max(0, this.at + LANDSCAPE_REFRESH_PLAYING_MS - performance.now()) : 0;
    this.timer = setTimeout(() => void this.refresh(), wait);
  }

  /** Reads compare mode's result again (the view asks when its height switches to probability). */
  refreshProbability(): void {
    this.host.requestUpdate();
  }

  private key(): string {
    const info = this.sim.info;
    return `${info?.digest}|${info?.seed}|${this.sim.frame?.tick}|${this.innovation()}`;
  }

  private async refresh(): Promise<void> {
    const key = this.key();
    const r = await this.sim.landscape(this.innovation());
    this.timer = undefined;
    this.at = performance.now();
    if (r && r.status !== 'errored') {
      this.data = { stage: r.stage, firstAdopted: r.firstAdopted, quality: r.quality, tick: r.tick };
      this.dataKey = key;
    }
    this.host.requestUpdate();
  }

  /**
   * The run's data for the view, or null while what is held belongs to another run (another preset,
   * world or seed: its arrays would not match the new world's localities — a prefecture world's 366
   * heights under the county map's 2,828 units would raise them to NaN) until the refresh arrives.
   */
  currentData(): LandscapeData | null {
    const info = this.sim.info;
    if (!this.data || !info || this.data.stage.length !== info.n) return null;
    return this.dataKey.startsWith(`${info.digest}|${info.seed}|`) ? this.data : null;
  }

  /**
   * The scenario arm's probability of having adopted the shown innovation by the shown date (same
   * world only), or null without a comparison; read while the shell renders, kept while nothing changed.
   */
  currentProbability(): LandscapeProbability | null {
    const info = this.sim.info;
    const frame = this.sim.frame;
    const result = this.comparison();
    const id = info?.innovations[this.innovation()]?.id;
    const key = [result, id, frame?.tick, info?.n];
    if (key.every((v, j) => v === this.probabilityKey[j])) return this.probability;
    this.probabilityKey = key;
    const usable = result && info && frame && id && result.n === info.n && result.innovations.some((x) => x.id === id);
    this.probability = usable
      ? { values: adoptionProbability(result, 'scenario', id, frame.tick * info.dt), time: info.startYear + frame.tick * info.dt, runs: result.pairs }
      : null;
    return this.probability;
  }
}
