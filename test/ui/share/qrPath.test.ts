import { describe, expect, it } from 'vitest';
import { qrPath } from '../../../src/ui/share/qrPath.ts';

/** The dark modules of a path made of `M x y h w v1 h-w z` runs. */
function modules(d: string, size: number): boolean[] {
  const dark = new Array<boolean>(size * size).fill(false);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) dark[y * size + x + i] = true;
  }
  return dark;
}

describe('QR code of a share link', () => {
  it('draws a QR symbol with its three finder patterns', () => {
    const link = 'http://127.0.0.1:5173/lab/?v=0.1.0&preset=fengqiao&seed=1&lang=zh-CN&tick=48&lever.media=2';
    const qr = qrPath(link)!;
    expect((qr.size - 17) % 4).toBe(0); // versions are 21, 25, 29 … modules
    const dark = modules(qr.d, qr.size);
    const at = (x: number, y: number) => dark[y * qr.size + x];
    for (const [ox, oy] of [[0, 0], [qr.size - 7, 0], [0, qr.size - 7]]) {
      for (let i = 0; i < 7; i++) {
        expect(at(ox + i, oy)).toBe(true); // outer ring
        expect(at(ox + i, oy + 6)).toBe(true);
        expect(at(ox, oy + i)).toBe(true);
      }
      expect(at(ox + 1, oy + 1)).toBe(false); // light ring
      expect(at(ox + 3, oy + 3)).toBe(true); // centre
    }
  });

  it('answers null for a link too long for any QR version', () => {
    expect(qrPath('x'.repeat(5000))).toBeNull();
  });
});
