import type { Locale } from '../i18n/i18n.ts';
import { mapQuality, mapText, mapYearMonth } from '../map/map-text.ts';

/** What raises a unit: how early it adopted, its quality now, or its probability of having adopted in an ensemble. */
export type LandscapeMode = 'adoption' | 'quality' | 'probability';

export const LANDSCAPE_MODES: readonly LandscapeMode[] = ['adoption', 'quality', 'probability'];

/** The run's state the landscape shows (the service's getLandscape, plus the names). */
export interface LandscapeData {
  /** stage per locality now */
  readonly stage: Uint8Array;
  /** tick of each locality's first adoption, −1 if it never adopted */
  readonly firstAdopted: Int32Array;
  /** quality Q ∈ [0, 1] per locality now */
  readonly quality: Float32Array;
  /** the tick shown */
  readonly tick: number;
}

/** An ensemble's probability of having adopted by `year` (years after the start), per locality, and that year as a date. */
export interface LandscapeProbability {
  readonly values: Float64Array;
  /** the calendar (or abstract) time the probabilities are for */
  readonly time: number;
  /** how many simulated worlds */
  readonly runs: number;
}

/** The run's timeline and names, for the summary. */
export interface LandscapeRun {
  readonly startYear: number;
  /** years per tick */
  readonly dt: number;
  readonly names: readonly string[];
  readonly namesEn: readonly string[];
}

/**
 * Height of each locality in [0, 1] of the relief, and the value the tallest one stands for:
 * `adoption` — years between its first adoption and the shown tick over the largest such span
 * (origins tallest, never adopted 0: the landscape falls away from where the innovation began);
 * `quality` — its quality now if it ever adopted, else 0; `probability` — the ensemble's share.
 */
export function landscapeHeights(mode: LandscapeMode, data: LandscapeData, dt: number, probability: LandscapeProbability | null): { heights: Float32Array; max: number } {
  const n = data.stage.length;
  const heights = new Float32Array(n);
  if (mode === 'probability') {
    if (probability) for (let i = 0; i < n; i++) heights[i] = probability.values[i] ?? 0;
    return { heights, max: 1 };
  }
  if (mode === 'quality') {
    for (let i = 0; i < n; i++) heights[i] = data.firstAdopted[i] >= 0 ? data.quality[i] : 0;
    return { heights, max: 1 };
  }
  let maxYears = 0;
  for (let i = 0; i < n; i++) {
    const f = data.firstAdopted[i];
    if (f >= 0) maxYears = Math.max(maxYears, (data.tick - f) * dt);
  }
  // a span under one month still shows the adopters as a step above the rest
  const scale = Math.max(maxYears, dt);
  for (let i = 0; i < n; i++) {
    const f = data.firstAdopted[i];
    heights[i] = f >= 0 ? ((data.tick - f) * dt + dt) / (scale + dt) : 0;
  }
  return { heights, max: maxYears };
}

/** Index of the highest value (first of equals) and how many others share it; −1 if all are ≤ 0. */
function highest(values: ArrayLike<number>): { index: number; ties: number } {
  let index = -1;
  let ties = 0;
  for (let i = 0; i < values.length; i++) {
    if (!(values[i] > 0)) continue;
    if (index < 0 || values[i] > values[index]) [index, ties] = [i, 0];
    else if (values[i] === values[index]) ties++;
  }
  return { index, ties };
}

function nameOf(lang: Locale, run: LandscapeRun, i: number): string {
  return lang === 'en' && run.namesEn[i] ? run.namesEn[i] : run.names[i];
}

/**
 * The landscape in words, for screen readers and as the figure's caption: the highest unit and
 * what raised it, then how the rest compare (when half had adopted; the median quality; how many
 * adopted in at least half of the worlds).
 */
export function landscapeSummary(lang: Locale, mode: LandscapeMode, data: LandscapeData, run: LandscapeRun, probability: LandscapeProbability | null): string {
  const tr = (key: Parameters<typeof mapText>[1], p?: Record<string, string | number>) => mapText(lang, key, p);
  const n = data.stage.length;
  const int = (x: number) => new Intl.NumberFormat(lang).format(x);
  const date = (tick: number) => mapYearMonth(lang, run.startYear + tick * run.dt);
  const now = date(data.tick);
  const others = (ties: number) => (ties > 0 ? tr('landscape.others', { count: int(ties) }) : '');
  if (mode === 'probability') {
    if (!probability) return tr('landscape.noEnsemble');
    const top = highest(probability.values);
    const pct = (p: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(p);
    const half = probability.values.filter((p) => p >= 0.5).length;
    const by = mapYearMonth(lang, probability.time);
    if (top.index < 0) return tr('landscape.summary.probabilityNone', { date: by, runs: int(probability.runs) });
    return tr('landscape.summary.probability', {
      name: nameOf(lang, run, top.index),
      others: others(top.ties),
      p: pct(probability.values[top.index]),
      date: by,
      runs: int(probability.runs),
      half: int(half),
      n: int(n),
    });
  }
  const adopted: number[] = [];
  for (let i = 0; i < n; i++) if (data.firstAdopted[i] >= 0) adopted.push(i);
  if (adopted.length === 0) return tr('landscape.summary.none', { date: now, n: int(n) });
  if (mode === 'quality') {
    const q = adopted.map((i) => data.quality[i]).sort((a, b) => a - b);
    const top = highest(Array.from(data.stage, (_, i) => (data.firstAdopted[i] >= 0 ? data.quality[i] : 0)));
    const median = q.length % 2 ? q[(q.length - 1) / 2] : (q[q.length / 2 - 1] + q[q.length / 2]) / 2;
    return tr('landscape.summary.quality', {
      name: top.index >= 0 ? nameOf(lang, run, top.index) : '—',
      others: others(top.ties),
      q: top.index >= 0 ? mapQuality(lang, data.quality[top.index]) : '—',
      median: mapQuality(lang, median),
      ever: int(adopted.length),
      n: int(n),
      date: now,
    });
  }
  const ticks = adopted.map((i) => data.firstAdopted[i]).sort((a, b) => a - b);
  const top = highest(Array.from(data.firstAdopted, (f) => (f >= 0 ? data.tick - f + 1 : 0)));
  const halfCount = Math.ceil(n / 2);
  const half =
    ticks.length >= halfCount
      ? tr('landscape.summary.half', { date: date(ticks[halfCount - 1]) })
      : tr('landscape.summary.notHalf', { date: now });
  return tr('landscape.summary.adoption', {
    name: nameOf(lang, run, top.index),
    others: others(top.ties),
    first: date(data.firstAdopted[top.index]),
    half,
    ever: int(adopted.length),
    n: int(n),
    date: now,
  });
}
