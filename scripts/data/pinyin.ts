/**
 * Pinyin names for places: pinyin-pro's reading, corrected by a committed table of place-name
 * readings that the library gets wrong (pinyin-overrides.csv, one source per row), written the usual
 * way for place names: the proper name as one word with tone marks ("Lù'ān"), the administrative
 * suffix as a separate capitalized word ("Shì", "Xiàn", "Huízú Zìzhìxiàn").
 */
import { readFileSync } from 'node:fs';
import { customPinyin, pinyin } from 'pinyin-pro';

export interface PinyinOverride {
  hanzi: string;
  pinyin: string;
  source: string;
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

export function loadPinyinOverrides(file: string): PinyinOverride[] {
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  return lines.slice(1).map((line, k) => {
    const [hanzi, py, source] = parseCsvLine(line);
    if (!hanzi || !py || !source) throw new Error(`${file} line ${k + 2}: need hanzi, pinyin and source`);
    return { hanzi, pinyin: py, source };
  });
}

/** The 56 recognised ethnic groups, as they appear before 族 in autonomous-unit names. */
const ETHNIC = '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'.split(' ');

/** Administrative suffixes, longest first; each becomes its own word. */
const SUFFIXES = ['行政委员会', '自治县', '自治旗', '自治州', '特区', '地区', '新区', '矿区', '县', '市', '区', '旗', '盟', '州'];

/** Splits a place name into its proper name and its suffix words (孟村回族自治县 → 孟村 | 回族 自治县). */
export function splitPlaceName(name: string): string[] {
  const tail: string[] = [];
  let rest = name;
  // 林区 is a suffix only in 神农架林区 (万柏林区 is 万柏林 + 区)
  const suffix = name === '神农架林区' ? '林区' : SUFFIXES.find((s) => rest.endsWith(s) && rest.length > s.length + 1);
  if (suffix) {
    tail.unshift(suffix);
    rest = rest.slice(0, -suffix.length);
    if (suffix.startsWith('自治')) {
      for (;;) {
        // "回族", or the bare name as in 塔什库尔干塔吉克自治县; the proper name keeps ≥ 2 characters
        const e = ETHNIC.flatMap((x) => [x + '族', x])
          .filter((x) => rest.endsWith(x) && rest.length >= x.length + 2)
          .sort((a, b) => b.length - a.length)[0];
        if (!e) break;
        tail.unshift(e);
        rest = rest.slice(0, -e.length);
      }
    }
  }
  return [rest, ...tail];
}

function word(syllables: string[]): string {
  const w = syllables.map((s, k) => (k > 0 && /^[aeoāáǎàēéěèōóǒò]/.test(s) ? "'" + s : s)).join('');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

let installed = false;

export function installOverrides(overrides: PinyinOverride[]): void {
  customPinyin(Object.fromEntries(overrides.map((o) => [o.hanzi, o.pinyin])));
  installed = true;
}

/** "诸暨市" → "Zhūjì Shì"; "孟村回族自治县" → "Mèngcūn Huízú Zìzhìxiàn". */
export function placePinyin(name: string): string {
  if (!installed) throw new Error('placePinyin: call installOverrides first');
  // Read the whole name at once so word context (and the overrides) apply, then cut it into parts.
  const all = pinyin(name, { toneType: 'symbol', type: 'array' });
  const parts = splitPlaceName(name);
  const words: string[] = [];
  let k = 0;
  for (const p of parts) {
    words.push(word(all.slice(k, k + p.length)));
    k += p.length;
  }
  return words.join(' ');
}
