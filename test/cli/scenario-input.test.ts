/**
 * What `idlab` does with awkward scenario and sweep files: a byte-order mark, JavaScript's reserved
 * keys, nesting thousands of levels deep — one clear line each, never a stack trace — and notes
 * printed with a single "note:".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idlab, tempDir, SMALL_SCENARIO } from '../sweep/helpers.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

function file(name: string, text: string): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, text);
  return path;
}

describe('idlab reading scenario files', () => {
  it('accepts a UTF-8 byte-order mark', async () => {
    const path = file('bom.json', `\uFEFF${JSON.stringify({ extends: 'bass', time: { years: 2 } })}`);
    const r = await idlab(['validate', path]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: /);
  });

  it('reports __proto__, constructor and prototype keys instead of dropping them', async () => {
    const path = file('proto.json', '{"extends": "bass", "__proto__": {"q": 0.9},\n "params": {"constructor": 1}, "world": {"prototype": 2}}');
    const r = await idlab(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `idlab validate: ${path}: reserved key __proto__ at line 1, column 21 ("__proto__", "constructor" and "prototype" are not allowed as keys)`,
      `idlab validate: ${path}: reserved key params.constructor at line 2, column 13 ("__proto__", "constructor" and "prototype" are not allowed as keys)`,
      `idlab validate: ${path}: reserved key world.prototype at line 2, column 42 ("__proto__", "constructor" and "prototype" are not allowed as keys)`,
    ]);
  });

  it('reports 5,000 levels of nesting as one line with line, column and path, for run, validate and sweep plan', async () => {
    const path = file('deep.json', `{"extends": "bass", "meta": {"title": ${'['.repeat(5000)}${']'.repeat(5000)}}}`);
    for (const args of [['validate', path], ['run', path], ['sweep', 'plan', path, '--out', join(tmp.dir, 'plan')]]) {
      const r = await idlab(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).not.toMatch(/internal error|Maximum call stack|^\s+at /m);
      expect(r.stderr.trimEnd().split('\n')).toEqual([
        `idlab ${args[0]}: ${path}: too deeply nested JSON at line 1, column 101: meta.title[0][0]…[0][0][0][0] is nested more than 64 levels deep (allowed at most 64 levels of objects and arrays)`,
      ]);
    }
  });

  it('prints a note once prefixed "note:" (validate and sweep plan)', async () => {
    const scenario = { ...SMALL_SCENARIO, params: { ...SMALL_SCENARIO.params, q: 1.5 } };
    const path = file('noted.json', JSON.stringify(scenario));
    const validate = await idlab(['validate', path]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^note: params\.q = 1\.5 is outside the plausible range/m);
    const sweep = file('noted-sweep.json', JSON.stringify({ title: 't', scenario, factors: [{ path: 'levers.media', values: [1, 2] }], design: { type: 'grid' }, replicates: 1, seed: 1 }));
    const plan = await idlab(['sweep', 'plan', sweep, '--out', join(tmp.dir, 'noted-plan')]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).toMatch(/^idlab sweep plan: note: scenario\.params\.q = 1\.5 is outside the plausible range/m);
    expect(validate.stdout + plan.stderr).not.toMatch(/note:.*note:/);
  });
});
