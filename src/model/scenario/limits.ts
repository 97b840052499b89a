/**
 * Caps that keep a scenario runnable in a browser tab and on a laptop: memory is N × K per stage
 * array and the event log grows with ticks. Each is checked with a precise message.
 */

/** Years (start year, event years, deadlines): any calendar year 0–3000 (Bass runs start at 0). */
export const YEAR_RANGE = [0, 3000] as const;
/** Length of a run, years. */
export const MAX_YEARS = 1000;
/** Ticks per run: round(years / dt). */
export const MAX_TICKS = 100_000;
/** Innovations per scenario (they compete for capacity; N × K bytes per stage array). */
export const MAX_INNOVATIONS = 16;
/** Events per innovation. */
export const MAX_EVENTS = 500;
/** Lattice side, cells (800 × 800 is the benchmark; 2,000 × 2,000 = 4 M localities). */
export const MAX_LATTICE_SIDE = 2000;
/** Localities of a fully mixed world. */
export const MAX_MIXED_N = 1_000_000;
/** Codes in one list (scope codes, origins). */
export const MAX_CODES = 100_000;
/** Per-locality attribute overrides. */
export const MAX_OVERRIDES = 100_000;
/** Named demonstration-site entries. */
export const MAX_NAMED_SITES = 1000;
/** Units a `top` selector may pick. */
export const MAX_TOP = 100_000;
/** SD of the synthetic attribute noise around 0.5. */
export const MAX_HETEROGENEITY = 0.5;
/** Characters of a title, description, name or label. */
export const MAX_TEXT = 2000;
/** Depth of an `extends` chain. */
export const MAX_EXTENDS_DEPTH = 16;
/**
 * Largest seed — of a run and of a world's attribute noise — everywhere (model, service, links, the
 * levers panel, the CLI, sweeps): 2⁵³ − 1, the largest integer a double and a JSON number hold
 * exactly. Sweeps derive 52-bit seeds, and the random streams are named by the seed's decimal text,
 * so every seed in range gives its own streams (seedSchema.ts).
 */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;
/** `document` events: the multiplier of the institutionalization rate (docs/model.md §7). */
export const DOCUMENT_REWARD_RANGE = [1, 10] as const;
export const DOCUMENT_REWARD_DEFAULT = 1.5;
/** Per-innovation p_k and q_k, per year: the allowed range of the scenario's p and q. */
export const INNOVATION_RATE_RANGE = [0, 2] as const;
/** Salience half-life H_k, years: > 0 and at most this (a run is at most MAX_YEARS long). */
export const MAX_HALF_LIFE = 1000;
/** `suspend` events: strength s ∈ [0, 1], 1 (a full halt) when absent (docs/model.md §7). */
export const SUSPEND_STRENGTH_DEFAULT = 1;
