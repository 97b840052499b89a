import { describe, expect, it } from 'vitest';

// The browser project really runs in Chromium: a canvas 2D context exists and draws pixels.
describe('browser test environment', () => {
  it('runs in Chromium with a working canvas', () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 4;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = 'rgb(10, 20, 30)';
    ctx.fillRect(0, 0, 4, 4);
    expect([...ctx.getImageData(1, 1, 1, 1).data]).toEqual([10, 20, 30, 255]);
  });
});
