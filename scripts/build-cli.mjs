// Bundles the `idlab` CLI (TypeScript under src/cli) into dist/cli/ as plain JavaScript, so that
// `npx idlab` works on Node 20 right after `npm install` (run from the `prepare` script).
import { build } from 'esbuild';
import { chmodSync, existsSync, readdirSync } from 'node:fs';

const entryPoints = ['src/cli/idlab.ts'];
// Node worker entry points (sweep runner) live beside the CLI and are bundled as their own files.
for (const dir of ['src/cli/workers', 'src/sweep/node']) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) if (f.endsWith('.worker.ts')) entryPoints.push(`${dir}/${f}`);
}

await build({
  entryPoints,
  outdir: 'dist/cli',
  entryNames: '[name]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  // CommonJS dependencies (seedrandom) need `require` inside an ES module bundle.
  banner: { js: "import { createRequire as __idlabCreateRequire } from 'node:module'; const require = __idlabCreateRequire(import.meta.url);" },
});
chmodSync('dist/cli/idlab.js', 0o755);
