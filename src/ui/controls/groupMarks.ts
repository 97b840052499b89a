/** One marker of the milestone timeline: the events it stands for and where its centre goes (px). */
export interface MarkGroup {
  /** indices into the positions given, in order */
  readonly members: readonly number[];
  /** the marker's centre, px from the row's left edge (kept inside the row, never closer than `span` to the next) */
  readonly x: number;
}

/**
 * Groups the milestone markers of a row `width` px wide so that none overlaps: `xs` are the events'
 * positions (px, ascending), `span` the room one marker needs (px). Events less than `span` from the
 * first event of a group join that group (its marker says "3 events" and expands into a list); when
 * the row is too narrow for the groups side by side, the two closest neighbours merge until they fit.
 * Each marker is then centred on its events and, where needed, nudged (forwards, then backwards) to
 * keep `span` between centres and stay inside the row.
 */
export function groupMarks(xs: readonly number[], width: number, span: number): MarkGroup[] {
  const groups: number[][] = [];
  xs.forEach((x, i) => {
    const open = groups.at(-1);
    if (open && x - xs[open[0]] < span) open.push(i);
    else groups.push([i]);
  });
  const centre = (g: readonly number[]) => (xs[g[0]] + xs[g[g.length - 1]]) / 2;
  const fits = Math.max(1, Math.floor(width / span));
  while (groups.length > fits) {
    let best = 0;
    for (let j = 1; j < groups.length - 1; j++) if (centre(groups[j + 1]) - centre(groups[j]) < centre(groups[best + 1]) - centre(groups[best])) best = j;
    groups.splice(best, 2, [...groups[best], ...groups[best + 1]]);
  }
  const half = Math.min(span, width) / 2;
  const at = groups.map(centre);
  for (let j = 0; j < at.length; j++) at[j] = Math.max(at[j], half, j > 0 ? at[j - 1] + span : -Infinity);
  for (let j = at.length - 1; j >= 0; j--) at[j] = Math.min(at[j], width - half, j < at.length - 1 ? at[j + 1] - span : Infinity);
  return groups.map((members, j) => ({ members, x: Math.max(half, at[j]) }));
}
