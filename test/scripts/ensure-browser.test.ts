import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.ts';

// `npm test` starts with scripts/test/ensure-browser.mjs: on a fresh machine (Node only) it must
// install Debian's Chromium and a CJK font when it runs as root, and otherwise stop at once with the
// exact command. These tests run it against a fake machine: a Chromium path and font files inside a
// temporary folder, and a fake `apt-get` first on PATH that records its arguments and "installs" by
// creating those files.

const SCRIPT = resolve(__dirname, '../../scripts/test/ensure-browser.mjs');
let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function fakeMachine(options: { aptInstalls: boolean }) {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const chromium = join(dir, 'usr/bin/chromium');
  const font = join(dir, 'fonts/wqy-microhei.ttc');
  const log = join(dir, 'apt.log');
  // The fake apt-get logs its arguments; `install` creates the browser and the font when asked to.
  const install = options.aptInstalls
    ? `mkdir -p "${join(dir, 'usr/bin')}" "${join(dir, 'fonts')}"\n` +
      `  case " $* " in *" chromium "*) printf '#!/bin/sh\\n' > "${chromium}"; chmod +x "${chromium}";; esac\n` +
      `  case " $* " in *" fonts-wqy-microhei "*) : > "${font}";; esac\n`
    : '';
  writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\necho "$*" >> "${log}"\nif [ "$1" = install ]; then\n  ${install}  :\nfi\nexit 0\n`);
  chmodSync(join(bin, 'apt-get'), 0o755);
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [SCRIPT], {
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH}`, CHROMIUM_PATH: chromium, IDL_CJK_FONT_FILES: font, ...env },
    });
  return { chromium, font, log, run, aptCalls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

describe('ensure-browser (the first step of npm test)', () => {
  it('as root on a machine without Chromium or a CJK font, installs both with apt-get and succeeds', () => {
    const m = fakeMachine({ aptInstalls: true });
    const r = m.run({ IDL_ENSURE_ROOT: '1' });
    expect(r.stderr).toContain('installing chromium fonts-wqy-microhei');
    expect(r.status).toBe(0);
    expect(m.aptCalls()).toEqual(['update', 'install -y --no-install-recommends chromium fonts-wqy-microhei']);
    expect(existsSync(m.chromium) && existsSync(m.font)).toBe(true);
  });

  it('installs only what is missing', () => {
    const m = fakeMachine({ aptInstalls: true });
    mkdirSync(resolve(m.font, '..'), { recursive: true });
    writeFileSync(m.font, '');
    const r = m.run({ IDL_ENSURE_ROOT: '1' });
    expect(r.status).toBe(0);
    expect(m.aptCalls()).toEqual(['update', 'install -y --no-install-recommends chromium']);
  });

  it('as a non-root user, stops at once (exit 1) with the exact command to run, and installs nothing', () => {
    const m = fakeMachine({ aptInstalls: true });
    const r = m.run({ IDL_ENSURE_ROOT: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-wqy-microhei');
    expect(m.aptCalls()).toEqual([]);
  });

  it('fails, naming what is still missing, when the install does not provide the browser', () => {
    const m = fakeMachine({ aptInstalls: false });
    const r = m.run({ IDL_ENSURE_ROOT: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/did not provide chromium and fonts-wqy-microhei/);
  });

  it('does nothing when Chromium and a CJK font are there', () => {
    const m = fakeMachine({ aptInstalls: true });
    mkdirSync(resolve(m.chromium, '..'), { recursive: true });
    writeFileSync(m.chromium, '#!/bin/sh\n');
    chmodSync(m.chromium, 0o755);
    mkdirSync(resolve(m.font, '..'), { recursive: true });
    writeFileSync(m.font, '');
    const r = m.run({ IDL_ENSURE_ROOT: '1' });
    expect(r.status).toBe(0);
    expect(m.aptCalls()).toEqual([]);
  });

  it('is the first step of npm test, test:browser and test:e2e, and .ci/run is a clean install then npm test', () => {
    const root = resolve(__dirname, '../..');
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const name of ['test', 'test:browser', 'test:e2e']) expect(scripts[name]).toMatch(/^node scripts\/test\/ensure-browser\.mjs && /);
    const ci = readFileSync(join(root, '.ci/run'), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(ci.slice(-2)).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });
});
