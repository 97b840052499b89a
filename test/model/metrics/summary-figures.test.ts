/** The summary's statistics on inputs with known answers. */
import { describe, expect, it } from 'vitest';
import { kaplanMeier, moransI, gini, fitBass, bassCurve, createMixedWorld, createSimulation } from '../../../src/model/index.ts';
import { timeToShare } from '../../../src/model/metrics/timeToShare.ts';
import { bassScenario } from '../helpers/scenario.ts';

describe('kaplanMeier', () => {
  it('multiplies (1 − d/n) over event times, counting the censored as at risk until they leave', () => {
    // times 1(event) 2(censored) 3(event) 6(censored): S(5) = (1 − 1/4)(1 − 1/2) = 0.375
    expect(kaplanMeier(Float64Array.of(3, 1, 6, 2), Uint8Array.of(1, 1, 0, 0), 5)).toBeCloseTo(0.375, 12);
    // without censoring it is the plain share surviving past t
    expect(kaplanMeier(Float64Array.of(1, 2, 7, 8), Uint8Array.of(1, 1, 1, 1), 5)).toBeCloseTo(0.5, 12);
  });
  it('is null when nobody is observed beyond t, or nothing is given', () => {
    expect(kaplanMeier(Float64Array.of(1, 2), Uint8Array.of(0, 0), 5)).toBeNull();
    expect(kaplanMeier(new Float64Array(0), new Uint8Array(0), 5)).toBeNull();
    expect(kaplanMeier(Float64Array.of(1, 2), Uint8Array.of(1, 1), 5)).toBe(0);
  });
});

describe("Moran's I", () => {
  // a path 0–1–2–3–4–5
  const off = Int32Array.of(0, 1, 3, 5, 7, 9, 10);
  const idx = Int32Array.of(1, 0, 2, 1, 3, 2, 4, 3, 5, 4);
  const all = new Uint8Array(6).fill(1);
  it('is positive for a smooth gradient and negative for alternation', () => {
    expect(moransI(Float64Array.of(1, 2, 3, 4, 5, 6), all, off, idx)!).toBeGreaterThan(0.5);
    expect(moransI(Float64Array.of(1, 0, 1, 0, 1, 0), all, off, idx)!).toBeCloseTo(-1, 12);
  });
  it('is null without a graph, or with no variance', () => {
    expect(moransI(Float64Array.of(1, 2, 3), new Uint8Array(3).fill(1), null, null)).toBeNull();
    expect(moransI(new Float64Array(6).fill(2), all, off, idx)).toBeNull();
  });
});

describe('gini', () => {
  it('is 0 for equal shares and (n − 1)/n when one unit holds everything', () => {
    expect(gini([0.3, 0.3, 0.3])).toBe(0);
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 12);
    expect(gini([0, 0])).toBeNull();
  });
});

describe('timeToShare', () => {
  it('interpolates linearly between the ticks around the crossing', () => {
    // 100 localities; 10 % reached between ticks 2 (8) and 3 (12): 2.5 ticks of 0.5 years
    expect(timeToShare(Int32Array.of(0, 4, 8, 12, 50), 100, 0.1, 0, 0.5)).toBeCloseTo(1.25, 12);
    expect(timeToShare(Int32Array.of(0, 4, 8), 100, 0.5, 0, 0.5)).toBeNull();
  });
});

describe('fitBass', () => {
  it('recovers p and q from an exact Bass curve', () => {
    const t = Float64Array.from({ length: 201 }, (_, j) => j * 0.1);
    const f = t.map((x) => bassCurve(0.03, 0.38, 0, x));
    const fit = fitBass(t, f)!;
    expect(fit.p).toBeCloseTo(0.03, 4);
    expect(fit.q).toBeCloseTo(0.38, 3);
  });

  it('fits a simulated Bass run close to its p and q; t50 near the closed form', () => {
    const sim = createSimulation(createMixedWorld({ n: 20000 }), bassScenario(0.03, 0.38, 1 / 12, 25), 1, { checkpointEvery: 0 });
    sim.tick(sim.totalTicks);
    const s = sim.summary().innovations[0];
    expect(s.bass!.p).toBeGreaterThan(0.025);
    expect(s.bass!.p).toBeLessThan(0.035);
    expect(s.bass!.q).toBeGreaterThan(0.33);
    expect(s.bass!.q).toBeLessThan(0.43);
    // docs/references.md: t10/t50/t90 = 2.25 / 6.55 / 11.76 years for (0.03, 0.38)
    expect(s.t10!).toBeCloseTo(2.25, 0);
    expect(s.t50!).toBeCloseTo(6.55, 0);
    expect(s.t90!).toBeCloseTo(11.76, 0);
    expect(s.persistence5).toBe(1); // nobody abandons in the Bass case
    expect(s.moranI).toBeNull(); // a mixed world has no neighbour graph
  });
});
