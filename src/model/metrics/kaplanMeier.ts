/**
 * Kaplan–Meier survival S(t) = Π_{t_j ≤ t} (1 − d_j/n_j) from spell durations with an event flag
 * (1 = ended, 0 = censored at the end of the run). Ties: at one time, events come before censorings
 * (the usual convention). Returns null when nobody is still at risk at t (S(t) is not identified).
 */
export function kaplanMeier(durations: Float64Array, ended: Uint8Array, t: number): number | null {
  const n = durations.length;
  if (n === 0) return null;
  const order = Array.from({ length: n }, (_, j) => j).sort(
    (a, b) => durations[a] - durations[b] || ended[b] - ended[a],
  );
  let atRisk = n;
  let s = 1;
  let j = 0;
  const eps = 1e-9;
  while (j < n && durations[order[j]] <= t + eps) {
    const time = durations[order[j]];
    let d = 0;
    let c = 0;
    while (j < n && Math.abs(durations[order[j]] - time) <= eps) {
      if (ended[order[j]]) d++;
      else c++;
      j++;
    }
    if (d > 0) s *= 1 - d / atRisk;
    atRisk -= d + c;
  }
  // someone must still be observed beyond t, or have ended exactly by t with S already 0
  if (atRisk === 0 && s > 0) return null;
  return s;
}
