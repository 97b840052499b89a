import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The numbers of a run must not depend on the JavaScript engine: ECMAScript leaves the last bit of
 * Math.exp, Math.log, Math.cos, Math.pow, Math.hypot … to the implementation (Node 20 and Chromium
 * differ), so the layers that compute a run — model, geo, service, sweep — use src/model/math instead.
 * Exact functions (sqrt, abs, floor, round, trunc, fround, min, max, sign, imul, clz32) stay allowed, and
 * `**` only with a literal integer exponent (exact for the powers these files take).
 */
const root = resolve(__dirname, '..');
const LAYERS = ['src/model', 'src/geo', 'src/service', 'src/sweep'];
const ENGINE_MATH = /\bMath\.(exp|expm1|log|log1p|log2|log10|pow|cos|sin|tan|acos|asin|atan|atan2|cosh|sinh|tanh|acosh|asinh|atanh|hypot|cbrt)\b/;
const POW = /\*\*(?!\s*\(?-?\d+\)?(?![\w.]))/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Code without its comments (block and line), line numbers kept. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** `file:line: code` for every engine-dependent math call in `text`. */
function engineMathUses(file: string, text: string): string[] {
  const found: string[] = [];
  withoutComments(text)
    .split('\n')
    .forEach((line, i) => {
      if (ENGINE_MATH.test(line) || POW.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  return found;
}

describe('engine-independent numbers', () => {
  it('the guard recognizes what it must reject and what it may allow', () => {
    expect(engineMathUses('x', 'const a = Math.log(3);')).toHaveLength(1);
    expect(engineMathUses('x', 'const a = Math.exp (1) + Math.cos(v);')).toHaveLength(1);
    expect(engineMathUses('x', 'const a = x ** y;\nconst b = 2 ** (n - 1);\nconst c = x ** 0.5;')).toHaveLength(3);
    expect(engineMathUses('x', 'const a = (x - m) ** 2 + 2 ** -30 + y ** (3);')).toEqual([]);
    expect(engineMathUses('x', 'const a = Math.sqrt(x) + Math.floor(y) + Math.fround(z); // Math.log(3)\n/** Math.exp */')).toEqual([]);
  });

  it('src/model, src/geo, src/service and src/sweep use no engine-dependent Math function', () => {
    const found = LAYERS.flatMap((layer) => sourceFiles(join(root, layer))).flatMap((file) =>
      engineMathUses(relative(root, file), readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
