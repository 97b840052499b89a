/** Parses public/data/china-adjacency.json (written by scripts/data/write-outputs.ts). */
import type { ChinaAdjacency } from './types.ts';

function pairs(value: unknown, field: string): [string, string][] {
  if (!Array.isArray(value)) throw new Error(`china-adjacency.json: ${field} must be an array of [code, code] pairs`);
  return value.map((p, k) => {
    if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'string' || typeof p[1] !== 'string') {
      throw new Error(`china-adjacency.json: ${field}[${k}] is ${JSON.stringify(p)} (expected [code, code])`);
    }
    return [p[0], p[1]];
  });
}

/** Accepts the file's text or its already-parsed JSON. */
export function parseChinaAdjacency(input: string | unknown): ChinaAdjacency {
  const json = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
  if (typeof json !== 'object' || json === null) throw new Error('china-adjacency.json: not a JSON object');
  const o = json as Record<string, unknown>;
  return { land: pairs(o.land, 'land'), sea: pairs(o.sea ?? [], 'sea') };
}
