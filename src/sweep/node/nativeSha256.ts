/**
 * SHA-256 through Node's crypto module, as lowercase hex: the same digest as the model's pure
 * `sha256Hex` for any string (both hash its UTF-8 bytes; a lone surrogate becomes U+FFFD in both),
 * without the pure function's per-thread warm-up. For the run records of `idlab sweep run`.
 */
import { createHash } from 'node:crypto';

export function nativeSha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
