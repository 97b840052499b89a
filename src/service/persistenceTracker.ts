import type { EventLog, LogEntry } from '../model/events/eventLog.ts';

/**
 * Kaplan–Meier 5-year persistence of adoption spells at the current tick, kept incrementally so the
 * KPI strip can show it every frame. Spells are defined exactly as in the model's summary
 * (src/model/metrics/summary.ts): a spell starts when (i,k) enters an active stage (1–4) from 0 or 6
 * and ends when it leaves the active stages; spells still open are censored at the current tick.
 *
 * Durations are whole ticks, so instead of sorting spells per frame the tracker keeps two
 * histograms per innovation — ended spells by duration, open spells by start tick — and evaluates
 * the product-limit estimator in O(horizon) (the same estimator, ties: events before censorings).
 * It reads the event log from where it stopped; when the log got shorter (a seek restored an
 * earlier checkpoint) it rebuilds from the start. Within one run the log is deterministic, so
 * entries it has already read never change.
 */
export class PersistenceTracker {
  private readonly spellStart: Int32Array;
  private readonly endedByDuration: Int32Array[];
  private readonly openByStart: Int32Array[];
  private read = 0;
  private readonly e: LogEntry = { tick: 0, locality: 0, innovation: 0, from: 0, to: 0, channel: 0, source: 0 };

  constructor(
    private readonly n: number,
    private readonly k: number,
    totalTicks: number,
  ) {
    this.spellStart = new Int32Array(n * k).fill(-1);
    this.endedByDuration = Array.from({ length: k }, () => new Int32Array(totalTicks + 1));
    this.openByStart = Array.from({ length: k }, () => new Int32Array(totalTicks + 1));
  }

  /** Reads the log's new entries (or re-reads it all after it shrank). */
  sync(log: EventLog): void {
    if (log.length < this.read) this.clear();
    const e = this.e;
    for (let j = this.read; j < log.length; j++) {
      log.get(j, e);
      const idx = e.innovation * this.n + e.locality;
      const wasActive = e.from >= 1 && e.from <= 4;
      const isActive = e.to >= 1 && e.to <= 4;
      if ((e.from === 0 || e.from === 6) && isActive) {
        if (this.spellStart[idx] >= 0) this.openByStart[e.innovation][this.spellStart[idx]]--;
        this.spellStart[idx] = e.tick;
        this.openByStart[e.innovation][e.tick]++;
      } else if (wasActive && !isActive && this.spellStart[idx] >= 0) {
        const start = this.spellStart[idx];
        this.openByStart[e.innovation][start]--;
        this.endedByDuration[e.innovation][e.tick - start]++;
        this.spellStart[idx] = -1;
      }
    }
    this.read = log.length;
  }

  /**
   * S(years) for innovation k at tick `now`: the share of spells still active `years` after they
   * began; null when no spell exists or nobody remains at risk (not identified) — as kaplanMeier().
   */
  survival(k: number, now: number, dt: number, years: number): number | null {
    const ended = this.endedByDuration[k];
    const open = this.openByStart[k];
    let atRisk = 0;
    for (let d = 0; d < ended.length; d++) atRisk += ended[d];
    for (let s = 0; s <= now && s < open.length; s++) atRisk += open[s];
    if (atRisk === 0) return null;
    const maxD = Math.floor((years + 1e-9) / dt + 1e-9);
    let survival = 1;
    for (let d = 0; d <= maxD; d++) {
      const events = d < ended.length ? ended[d] : 0;
      const censored = now - d >= 0 && now - d < open.length ? open[now - d] : 0;
      if (events > 0) survival *= 1 - events / atRisk;
      atRisk -= events + censored;
    }
    if (atRisk === 0 && survival > 0) return null;
    return survival;
  }

  private clear() {
    this.spellStart.fill(-1);
    for (const h of this.endedByDuration) h.fill(0);
    for (const h of this.openByStart) h.fill(0);
    this.read = 0;
  }
}
