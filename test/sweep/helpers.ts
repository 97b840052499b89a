/**
 * Helpers of the sweep tests: small sweep files (tiny lattice worlds, few years), temporary folders,
 * and `idlab` run in this process (main()) with stdout and stderr captured and environment variables
 * set for the call — the job engines' variables included.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.ts';

export const ROOT = resolve(__dirname, '../..');

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `idlab <args>` in this process with `env` added to process.env for the call. */
export async function idlab(args: readonly string[], env: Record<string, string> = {}): Promise<Captured> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'idlab-sweep-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small scenario: a 10 × 10 lattice, 4 years at dt = 0.25, one innovation from the centre. */
export const SMALL_SCENARIO = {
  meta: { title: { en: 'Test: small lattice', zh: '测试：小格点' } },
  world: { kind: 'lattice', width: 10, height: 10, neighbourhood: 'moore', provinceSide: 5, attributeSeed: 2, heterogeneity: 0.2 },
  time: { startYear: 2000, years: 4, dt: 0.25 },
  params: { p: 0.04 },
  innovations: [{ id: 'alpha', complexity: 0.3, digital: 0.2, origins: ['5,5'] }],
};

export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}
