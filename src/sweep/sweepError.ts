/**
 * A problem with what the user gave a sweep command (a plan folder, a result file, a shard) rather
 * than a bug: the CLI prints its lines without a stack trace (exit code 1).
 */
export class SweepError extends Error {
  readonly problems: readonly string[];
  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('\n'));
    this.name = 'SweepError';
    this.problems = list;
  }
}

/** "3, 7–9, 12" for sorted run indices; at most `limit` groups, then "…". */
export function rangesText(sorted: readonly number[], limit = 12): string {
  const groups: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    groups.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return groups.length > limit ? `${groups.slice(0, limit).join(', ')}, …` : groups.join(', ');
}
