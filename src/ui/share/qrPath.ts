import { create } from 'qrcode';

/** A QR code as one SVG path: `d` draws every dark module as a unit square in a size × size grid. */
export interface QrPath {
  /** modules per side (without the quiet zone) */
  size: number;
  d: string;
}

/**
 * The QR code of `text` (error correction M: survives a projector's glare and a phone at an angle),
 * as path data the page renders with a Lit `svg` template — no generated markup, no inline style,
 * so the Content-Security-Policy needs nothing. Null when the text is too long for any QR version.
 */
export function qrPath(text: string): QrPath | null {
  let code: ReturnType<typeof create>;
  try {
    code = create(text, { errorCorrectionLevel: 'M' });
  } catch {
    return null; // "The amount of data is too big to be stored in a QR Code"
  }
  const { size, data } = code.modules;
  let d = '';
  for (let y = 0; y < size; y++) {
    // runs of dark modules in a row become one rectangle: a third of the path of one square each
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue;
      let end = x;
      while (end + 1 < size && data[y * size + end + 1]) end++;
      d += `M${x} ${y}h${end - x + 1}v1h${-(end - x + 1)}z`;
      x = end;
    }
  }
  return { size, d };
}
