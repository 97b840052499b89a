/**
 * The weighted particles of a calibration posterior read back from the posterior.csv that
 * `idlab calibrate` writes (columns particle, weight, distance, the calibrated parameters, the
 * statistics), θ in the order of `parameters`. Pure: text in, particles out; throws one line naming
 * the source, the row or column, and what is allowed.
 */
import { csvRows } from './csvRows.ts';
import type { WeightedTheta } from './posteriorPredictive.ts';

export function posteriorParticles(text: string, parameters: readonly string[], source: string): WeightedTheta[] {
  const [header, ...rows] = csvRows(text, source);
  if (!header) throw new Error(`${source}: empty (allowed: the posterior.csv of idlab calibrate)`);
  const columns = ['weight', ...parameters].map((name) => {
    const c = header.fields.indexOf(name);
    if (c < 0) throw new Error(`${source}: no "${name}" column (allowed: the posterior.csv of an idlab calibrate run fitting ${parameters.join(', ')})`);
    return c;
  });
  if (rows.length === 0) throw new Error(`${source}: no particles (allowed: the posterior.csv of idlab calibrate)`);
  return rows.map((row) => {
    const values = columns.map((c) => {
      const cell = row.fields[c] ?? '';
      const x = Number(cell);
      if (cell === '' || !Number.isFinite(x) || (c === columns[0] && x < 0)) throw new Error(`${source} line ${row.line}: ${header.fields[c]} is ${JSON.stringify(cell)} (allowed: a finite number; a weight ≥ 0)`);
      return x;
    });
    return { weight: values[0], theta: values.slice(1) };
  });
}
