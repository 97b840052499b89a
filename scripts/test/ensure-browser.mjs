#!/usr/bin/env node
// Makes sure the browser tests can run before `npm test` starts them: Debian's Chromium (the
// executable the tests launch) and a CJK font (without one, Chinese labels render as boxes and the
// screenshot and contrast tests measure the wrong glyphs).
//
// What is missing is installed with apt-get when this runs as root on a machine that has apt-get
// (a fresh CI container); otherwise the script stops at once, exit status 1, printing the exact
// command to run. Plain JavaScript so that it runs on Node 20 before anything is built.
//
// Environment (for tests and unusual machines):
//   CHROMIUM_PATH        the browser executable (default /usr/bin/chromium, as the tests use)
//   IDL_CJK_FONT_FILES   colon-separated font files, any of which counts as a CJK font
//   IDL_ENSURE_ROOT=0|1  behave as a non-root user (never install) or as root (install with apt-get)
//   IDL_SKIP_BROWSER_CHECK=1  skip the check (a machine whose browser lives elsewhere, set CHROMIUM_PATH instead when possible)
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// The same default as scripts/browser/chromium-args.ts (a .ts file, which Node 20 cannot import here).
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_PACKAGE = 'chromium';
const FONT_PACKAGE = 'fonts-wqy-microhei';
const DEFAULT_FONT_FILES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];
/** fc-list family names that render Chinese. */
const CJK_FAMILY = /wenquanyi|wqy|noto sans cjk|noto serif cjk|droid sans fallback|source han/i;

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable called `name` on PATH, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

function hasCjkFont() {
  const files = process.env.IDL_CJK_FONT_FILES !== undefined ? process.env.IDL_CJK_FONT_FILES.split(':').filter(Boolean) : DEFAULT_FONT_FILES;
  if (files.some((f) => existsSync(f))) return true;
  // Only the default check asks fontconfig: a test that names its own font files means exactly those.
  if (process.env.IDL_CJK_FONT_FILES !== undefined || onPath('fc-list') === null) return false;
  try {
    return CJK_FAMILY.test(execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

function missingPackages() {
  const missing = [];
  if (!isExecutable(CHROMIUM_PATH)) missing.push(CHROMIUM_PACKAGE);
  if (!hasCjkFont()) missing.push(FONT_PACKAGE);
  return missing;
}

function isRoot() {
  if (process.env.IDL_ENSURE_ROOT === '0' || process.env.IDL_ENSURE_ROOT === '1') return process.env.IDL_ENSURE_ROOT === '1';
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(command, args) {
  process.stderr.write(`ensure-browser: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function main() {
  if (process.env.IDL_SKIP_BROWSER_CHECK === '1') return 0;
  const missing = missingPackages();
  if (missing.length === 0) return 0;

  const what = missing.map((p) => (p === CHROMIUM_PACKAGE ? `Chromium (${CHROMIUM_PATH})` : 'a CJK font')).join(' and ');
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!isRoot() || onPath('apt-get') === null) {
    process.stderr.write(
      `ensure-browser: the browser tests need ${what}, which this machine lacks.\n` +
        `Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n    sudo apt-get update && sudo ${command}\n\n` +
        `(or set CHROMIUM_PATH to another Chromium executable), then run the tests again.\n`,
    );
    return 1;
  }
  process.stderr.write(`ensure-browser: installing ${missing.join(' ')} (needed by the browser tests)\n`);
  if (run('apt-get', ['update']) !== 0) process.stderr.write('ensure-browser: apt-get update failed; trying the install anyway\n');
  const status = run('apt-get', ['install', '-y', '--no-install-recommends', ...missing]);
  const still = missingPackages();
  if (status !== 0 || still.length > 0) {
    process.stderr.write(`ensure-browser: the install did not provide ${still.join(' and ') || missing.join(' and ')} (apt-get exit ${status}).\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
