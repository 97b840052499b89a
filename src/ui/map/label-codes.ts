/**
 * The colours that name labels in the label raster (label-raster.ts): label L (1 … 2²⁴−1) is
 * painted as the 24-bit RGB value L·M mod 2²⁴ for an odd multiplier M, and decoded by multiplying
 * with M's inverse. Neighbouring labels get unrelated colours, so an antialiased blend of two codes
 * almost never decodes to a label at all (≈ 3,000 labels in 16.7 M codes), and when it does, the
 * label's box rules it out.
 */

/** An odd multiplier with well-spread bits (the golden-ratio constant's top 24 bits, made odd). */
const M = 0x9e3779;
const MASK = 0xffffff;

/** M⁻¹ mod 2²⁴ by Newton's iteration (each step doubles the correct low bits: 3 → 6 → 12 → 24). */
const M_INVERSE = (() => {
  let x = M;
  for (let i = 0; i < 4; i++) x = Math.imul(x, 2 - Math.imul(M, x)) & MASK;
  return x;
})();

/** The 24-bit code of label L (0xRRGGBB). */
export function labelCode(label: number): number {
  return Math.imul(label, M) & MASK;
}

/** The label whose code is the 24-bit value `rgb` (0xRRGGBB); any value decodes to some number. */
export function decodeLabel(rgb: number): number {
  return Math.imul(rgb, M_INVERSE) & MASK;
}

/** The CSS colour of label L's code. */
export function labelCss(label: number): string {
  return `#${labelCode(label).toString(16).padStart(6, '0')}`;
}
