/**
 * `npm run bench`: bundles the benchmarks (TypeScript, importing src/) with
 * esbuild into dist/bench/, then runs each in a fresh node with the garbage
 * collector exposed, so the heap figures are of the work alone.
 *
 * Usage: npm run bench [-- --quick]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

await build({
  absWorkingDir: root,
  entryPoints: ['bench/replay.ts', 'bench/startup.ts'],
  outdir: 'dist/bench',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  logLevel: 'warning',
});

let failed = false;
for (const bench of ['replay', 'startup']) {
  const run = spawnSync(process.execPath, ['--expose-gc', `dist/bench/${bench}.js`, ...args], { cwd: root, stdio: 'inherit' });
  failed ||= run.status !== 0;
  console.log('');
}
process.exitCode = failed ? 1 : 0;
