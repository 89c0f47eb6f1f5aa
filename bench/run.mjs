/**
 * `npm run bench`: bundles the benchmarks (TypeScript, importing src/) with
 * esbuild into bench/.build/, then runs each in a fresh node with the garbage
 * collector exposed, so the heap figures are of the work alone.
 *
 * Usage: npm run bench [-- --quick]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

await build({ ...NODE_BUNDLE, absWorkingDir: root, entryPoints: ['bench/replay.ts', 'bench/read.ts', 'bench/startup.ts', 'bench/engine.ts', 'bench/classroom.ts'], outdir: 'bench/.build' });

let failed = false;
for (const bench of ['replay', 'read', 'startup', 'engine', 'classroom']) {
  const run = spawnSync(process.execPath, ['--expose-gc', `bench/.build/${bench}.js`, ...args], { cwd: root, stdio: 'inherit' });
  failed ||= run.status !== 0;
  console.log('');
}
process.exitCode = failed ? 1 : 0;
