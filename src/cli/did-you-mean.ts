/**
 * Suggests the closest known name for a misspelt one (unknown flag, preset id), or null when none is
 * close: at most a third of the letters differ (Levenshtein distance), or one is a prefix of the other.
 */
export function didYouMean(input: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const needle = input.toLowerCase();
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    const d = c.startsWith(needle) || needle.startsWith(c) ? 1 : levenshtein(needle, c);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(Math.max(input.length, best.length) / 3)) ? best : null;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** ", did you mean 'x'?" or "" */
export function suggestion(input: string, known: readonly string[]): string {
  const s = didYouMean(input, known);
  return s === null ? '' : ` (did you mean '${s}'?)`;
}
