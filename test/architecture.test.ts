import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/implementation-notes.md, "Architecture": which layer may import which. Bare package imports are checked separately for the
// model (it must stay free of DOM, worker and view libraries).
const ALLOWED: Record<string, string[]> = {
  model: ['model'],
  geo: ['model', 'geo'],
  service: ['model', 'geo', 'service'],
  sweep: ['model', 'geo', 'service', 'sweep'],
  compare: ['model', 'geo', 'service', 'sweep', 'calibration', 'compare'],
  calibration: ['model', 'geo', 'calibration'],
  cli: ['model', 'geo', 'service', 'sweep', 'compare', 'calibration', 'cli'],
  ui: ['model', 'geo', 'service', 'sweep', 'compare', 'ui'],
  workers: ['service', 'sweep', 'compare', 'workers'],
};
const MODEL_FORBIDDEN_PACKAGES = /^(lit|@lit\/|d3-selection|d3-zoom|d3-transition|three|comlink|node:|fs$|path$|worker_threads$)/;

const root = resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function layerOf(file: string): string | null {
  const rel = relative(root, file).split(/[\\/]/);
  if (rel[0] === 'workers') return 'workers';
  if (rel[0] === 'src' && rel[1] in ALLOWED) return rel[1];
  return null;
}

function importsOf(text: string): string[] {
  const specs: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3]);
  return specs;
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'workers'))];

describe('architecture (the layers of docs/implementation-notes.md)', () => {
  it('finds the source tree', () => {
    expect(files.some((f) => layerOf(f) === 'model')).toBe(true);
  });

  it('every relative import goes in an allowed direction', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (!from) continue;
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = layerOf(resolve(dirname(file), spec));
        if (target && !ALLOWED[from].includes(target)) {
          violations.push(`${relative(root, file)} imports ${spec} (${from} → ${target})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('the model imports no view, worker, DOM or Node library and never calls Math.random', () => {
    const violations: string[] = [];
    for (const file of files.filter((f) => layerOf(f) === 'model')) {
      const text = readFileSync(file, 'utf8');
      for (const spec of importsOf(text)) {
        if (MODEL_FORBIDDEN_PACKAGES.test(spec)) violations.push(`${relative(root, file)} imports ${spec}`);
      }
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      if (/Math\.random\s*\(/.test(code)) violations.push(`${relative(root, file)} calls Math.random`);
      if (/\b(document|window)\.\w/.test(code)) violations.push(`${relative(root, file)} touches the DOM`);
    }
    expect(violations).toEqual([]);
  });

  it('browser code (src/ui, workers, src/sweep/browser, src/compare outside node/) imports no Node-only code and no node: module', () => {
    const violations: string[] = [];
    const nodeOnly = [join(root, 'src', 'sweep', 'node'), join(root, 'src', 'compare', 'node')];
    const isNodeOnly = (path: string) => nodeOnly.some((dir) => path.startsWith(dir));
    const browser = files.filter(
      (f) => ['ui', 'workers'].includes(layerOf(f) ?? '') || f.startsWith(join(root, 'src', 'sweep', 'browser')) || (layerOf(f) === 'compare' && !isNodeOnly(f)),
    );
    expect(browser.some((f) => f.startsWith(join(root, 'src', 'sweep', 'browser')))).toBe(true);
    expect(browser.some((f) => layerOf(f) === 'compare')).toBe(true);
    for (const file of browser) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (/^(node:|fs$|path$|worker_threads$)/.test(spec)) violations.push(`${relative(root, file)} imports ${spec}`);
        if (spec.startsWith('.') && isNodeOnly(resolve(dirname(file), spec))) violations.push(`${relative(root, file)} imports ${spec} (Node-only)`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the calibration layer is pure like the model: text in, numbers out, no Node, DOM or view library', () => {
    const calibration = files.filter((f) => layerOf(f) === 'calibration');
    expect(calibration.length).toBeGreaterThan(0);
    const violations: string[] = [];
    for (const file of calibration) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (MODEL_FORBIDDEN_PACKAGES.test(spec)) violations.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('detects a forbidden import (the checker itself can fail)', () => {
    const specs = importsOf("import { html } from 'lit';\nimport { x } from '../ui/app.ts';");
    expect(specs).toEqual(['lit', '../ui/app.ts']);
    expect(MODEL_FORBIDDEN_PACKAGES.test('lit')).toBe(true);
  });
});
