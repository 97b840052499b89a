/**
 * Years from the innovation's start until the ever-adopted share first reaches `share`, linearly
 * interpolated between the two ticks around the crossing (so the figure does not jump by dt);
 * null if never reached. `ever` is the ever-adopted count per row, `startTick` the innovation's
 * first tick.
 */
export function timeToShare(ever: Int32Array, n: number, share: number, startTick: number, dt: number): number | null {
  const target = share * n;
  for (let t = startTick; t < ever.length; t++) {
    if (ever[t] >= target) {
      if (t === startTick) return 0;
      const a = ever[t - 1];
      const frac = ever[t] > a ? (target - a) / (ever[t] - a) : 1;
      return (t - 1 - startTick + frac) * dt;
    }
  }
  return null;
}
