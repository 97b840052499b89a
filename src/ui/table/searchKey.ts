/**
 * The form in which the table view compares a search with a name: lower case, without tones or
 * other accents, without spaces, hyphens or apostrophes — so "zhuji", "Zhu Ji" and "Zhūjì" all find
 * 诸暨市 (Zhūjì Shì), and "xian" finds Xī'ān. Chinese characters pass through unchanged.
 */
export function searchKey(text: string): string {
  return stripped(text.normalize('NFD'));
}

/**
 * The keys under which a name is found: its `searchKey`, and where the name has a ü (Lǜchūn) also
 * with v in its place ("lvchun"), as typed on pinyin keyboards.
 */
export function searchKeys(text: string): string[] {
  const decomposed = text.normalize('NFD');
  const key = stripped(decomposed);
  // ü decomposes to u + U+0308 (combining diaeresis), whatever its tone mark
  return /[uU]\u0308/.test(decomposed) ? [key, stripped(decomposed.replace(/[uU]\u0308/g, 'v'))] : [key];
}

function stripped(decomposed: string): string {
  return decomposed
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’\-·.]/g, '');
}
