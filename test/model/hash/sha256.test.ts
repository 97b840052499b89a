import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from '../../../src/model/hash/sha256.ts';

describe('sha256', () => {
  it('matches the FIPS 180-4 / NIST example vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(
      sha256Hex(
        'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      ),
    ).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
  });

  it('hashes one million "a" (multi-block message)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes strings as UTF-8, including Chinese text and astral characters', () => {
    expect(sha256Hex('创新扩散实验室')).toBe('8362e29f498e86ee9dc5b07dee8e8f99af56ec920a3535d81f063156acc87c94');
    expect(sha256Hex('枫桥经验 Fengqiao')).toBe('01b81065b2d168d8387f5913ffd08e982851f1fde9af1508431578601f4c72d3');
    expect(sha256Hex('🙂')).toBe('d06f1525f791397809f9bc98682b5c13318eca4c3123433467fd4dffda44fd14');
    expect(sha256Hex(new TextEncoder().encode('创新扩散实验室'))).toBe(sha256Hex('创新扩散实验室'));
  });

  it('agrees with node:crypto at every length around the padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) bytes[i] = (i * 131 + n * 7) & 0xff;
      expect(sha256Hex(bytes), `length ${n}`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('returns 32 bytes', () => {
    expect(sha256('x')).toBeInstanceOf(Uint8Array);
    expect(sha256('x').length).toBe(32);
  });
});
