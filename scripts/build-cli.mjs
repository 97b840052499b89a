// Bundles the `idlab` CLI (TypeScript under src/cli) into dist-cli/ as plain JavaScript, so that
// `npx idlab` works on Node 20 right after `npm install` (run from the `prepare` script). Not under
// dist/: `vite build` empties dist/ and would delete the CLI.
// Files are written atomically (temporary file + rename): tests that build the CLI in parallel
// never run a half-written bundle.
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const entryPoints = ['src/cli/idlab.ts'];
// Node worker entry points (sweep runner, comparisons, calibration) live beside the CLI and are bundled as their own files.
for (const dir of ['src/cli/workers', 'src/sweep/node', 'src/compare/node', 'src/cli/calibrate']) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) if (f.endsWith('.worker.ts')) entryPoints.push(`${dir}/${f}`);
}

const result = await build({
  entryPoints,
  outdir: 'dist-cli',
  entryNames: '[name]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  write: false,
  // CommonJS dependencies (seedrandom) need `require` inside an ES module bundle.
  banner: { js: "import { createRequire as __idlabCreateRequire } from 'node:module'; const require = __idlabCreateRequire(import.meta.url);" },
});

for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  if (file.path.endsWith('.js')) chmodSync(temporary, 0o755);
  renameSync(temporary, file.path);
}
