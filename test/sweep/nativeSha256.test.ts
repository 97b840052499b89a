/**
 * Node's runner hashes run records with the native SHA-256, the browser's with the model's pure one;
 * records (and `idlab sweep verify`) rely on both giving the same hex for every string.
 */
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/model/hash/sha256.ts';
import { nativeSha256Hex } from '../../src/sweep/node/nativeSha256.ts';

describe('nativeSha256Hex', () => {
  it('equals the pure sha256Hex on ASCII, CJK, astral, lone-surrogate and multi-block strings', () => {
    const samples = ['', 'abc', '{"events":"811c9dc55ad1e806","innovations":[]}', '诸暨 枫桥经验', '🙂 emoji', 'lone \ud800 surrogate', 'x'.repeat(1000)];
    for (const s of samples) expect(nativeSha256Hex(s), JSON.stringify(s.slice(0, 20))).toBe(sha256Hex(s));
  });
});
