/**
 * Seeds of a sweep's runs (docs/implementation-notes.md, "Contracts": a sweep plan stores one seed per run), derived from the
 * sweep's base seed and the run index — or, with common random numbers, the replicate index, so
 * replicate r of every point uses the same seed — as the first 52 bits of the SHA-256 of the
 * canonical JSON `{"run":i,"seed":s}` (or `{"replicate":r,"seed":s}`). Hashing (rather than s + i)
 * keeps neighbouring sweeps' seeds from overlapping; 52 bits print exactly and fit `idlab run --seed`.
 */
import { sha256Hex } from '../model/hash/sha256.ts';
import { canonicalJson } from '../model/scenario/canonicalJson.ts';
import type { SeedMode } from './types.ts';

export function deriveSeed(baseSeed: number, run: number, replicate: number, mode: SeedMode): number {
  const key = mode === 'common' ? { replicate, seed: baseSeed } : { run, seed: baseSeed };
  return parseInt(sha256Hex(canonicalJson(key)).slice(0, 13), 16);
}
