/**
 * How long `truce run` takes to start, as a user has it: the package packed
 * with `npm pack`, installed from the tarball into an empty folder with npm
 * offline (it needs nothing else: every dependency is bundled), then run on
 * the article's scenario. The figure is a ratio to `node -e 0` on the same
 * machine in the same run (goal: at most 3), the median of many runs of each,
 * taken in turns so that a busy moment hurts both alike.
 *
 * Exits 1 when the goal is missed, or the package does not install or run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goal } from './measure.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = process.argv.includes('--quick') ? 7 : 21;

function wallMs(command: string, args: string[], cwd: string): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr.toString()}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const folder = mkdtempSync(join(tmpdir(), 'truce-startup-'));
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', folder], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const app = join(folder, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), '{ "name": "a-class", "private": true }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(folder, tarball)], { cwd: app, stdio: 'inherit' });
  const truce = join(app, 'node_modules', '.bin', 'truce');
  const scenario = join(app, 'node_modules', 'truce-sim', 'scenarios', 'rafah-2024-05.yaml');

  const times = { node: [] as number[], version: [] as number[], run: [] as number[] };
  // One untimed round first: the file cache warm for both.
  wallMs(process.execPath, ['-e', '0'], app);
  wallMs(truce, ['run', scenario], app);
  for (let round = 0; round < RUNS; round++) {
    times.node.push(wallMs(process.execPath, ['-e', '0'], app));
    times.version.push(wallMs(truce, ['--version'], app));
    times.run.push(wallMs(truce, ['run', scenario], app));
  }
  const [node, version, run] = [median(times.node), median(times.version), median(times.run)];
  console.log(`Start-up, installed from ${tarball} (npm install --offline): median of ${RUNS} runs, wall time`);
  console.log(`  node -e 0                          ${node.toFixed(0).padStart(5)} ms`);
  console.log(`  truce --version                    ${version.toFixed(0).padStart(5)} ms   ${(version / node).toFixed(2)}x`);
  console.log(`  truce run rafah-2024-05.yaml       ${run.toFixed(0).padStart(5)} ms   ${(run / node).toFixed(2)}x`);
  process.exitCode = goal('truce run / node -e 0', run / node, 3) ? 0 : 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
