/**
 * `npm run build` (the site) and `npm install`'s prepare (the CLI) write to folders that cannot
 * clobber each other: after the site is built, the `idlab` that package.json's bin names still runs.
 * Done in a copy of the package (its node_modules linked), so the user's dist/ is never touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
  for (const entry of ['package.json', 'index.html', 'vite.config.ts', 'tsconfig.json', 'scripts', 'src', 'workers', 'public']) {
    cpSync(join(ROOT, entry), join(tmp.dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(tmp.dir, 'node_modules'), 'dir');
});
afterAll(() => tmp.cleanup());

describe('building the site and the CLI', () => {
  it('keeps the idlab command after the CLI is built and then the site (npm install, then npm run build)', () => {
    const pkg = JSON.parse(readFileSync(join(tmp.dir, 'package.json'), 'utf8')) as { bin: { idlab: string }; scripts: Record<string, string> };
    const run = (script: string) => execFileSync('npm', ['run', '--silent', script], { cwd: tmp.dir, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
    run('prepare');
    run('build');
    expect(existsSync(join(tmp.dir, 'dist', 'index.html'))).toBe(true);
    const bin = join(tmp.dir, pkg.bin.idlab);
    const r = spawnSync(process.execPath, [bin, 'presets'], { cwd: tmp.dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^fengqiao /m);
    // and the other way round: building the CLI again leaves the site in place
    run('prepare');
    expect(existsSync(join(tmp.dir, 'dist', 'index.html'))).toBe(true);
  }, 240_000);
});
