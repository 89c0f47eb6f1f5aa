/**
 * What reading a scenario file costs, as the file grows: loadScenarioText() (parse, positions,
 * schema and checks) on generated scenarios written three ways, at N and 10 N steps:
 *   - JSON (the fast path: a syntax scan, then JSON.parse);
 *   - YAML written plainly;
 *   - YAML as the `yaml` library writes shared objects by default, with an anchor and an alias
 *     for every value used twice (a generated file's usual shape; the library's own reading of
 *     aliases is quadratic, which is why src/files/yaml-data.ts reads them).
 * Reported as ratios within this run: growth for 10x the steps should be about 10.
 *
 * Exits 1 when a goal is missed or a file does not load.
 */
import { stringify } from 'yaml';
import { loadScenarioText } from '../src/scenario/index.js';
import { longScenario } from './long-scenario.mjs';
import { format, goal, measure } from './measure.js';

const quick = process.argv.includes('--quick');
const SMALL = quick ? 2_000 : 10_000;
const LARGE = SMALL * 10;
const REPEATS = quick ? 1 : 2;

const WRITINGS = {
  'JSON': { file: 'long.json', write: (data: unknown) => JSON.stringify(data) },
  'YAML': { file: 'long.yaml', write: (data: unknown) => stringify(data, { aliasDuplicateObjects: false }) },
  'YAML, aliases': { file: 'long.yaml', write: (data: unknown) => stringify(data) },
} as const;

function timeToLoad(text: string, file: string): number {
  const load = measure(() => loadScenarioText(text, file), REPEATS);
  if (!load.result.ok) throw new Error(`${file} did not load: ${load.result.problems[0]?.message}`);
  return load.ms;
}

console.log(`Reading: node ${process.version}; CPU time, fastest of ${REPEATS} runs each\n`);
console.log('  written as       steps     file size     load (CPU)   per step   growth for 10x');
const met: boolean[] = [];
for (const [name, { file, write }] of Object.entries(WRITINGS)) {
  const texts = [SMALL, LARGE].map((steps) => ({ steps, text: write(longScenario(steps)) }));
  // Warm up the JIT on the small one, so the first measurement is not of a cold start.
  timeToLoad(texts[0]!.text, file);
  const [small, large] = texts.map(({ steps, text }) => ({ steps, bytes: text.length, ms: timeToLoad(text, file) }));
  for (const row of [small!, large!]) {
    const growth = row === large ? format.ratio(large.ms / small!.ms) : '';
    console.log(`  ${name.padEnd(14)} ${format.steps(row.steps)}  ${format.mb(row.bytes)}  ${format.ms(row.ms)}  ${format.perStep(row.ms, row.steps)}   ${growth}`);
  }
  // Linear with slack for a noisy machine and the garbage collector: a quadratic cost would show 100.
  met.push(goal(`load time growth for ${LARGE / SMALL}x steps, ${name}`, large!.ms / small!.ms, (LARGE / SMALL) * 2));
}
process.exitCode = met.every(Boolean) ? 0 : 1;
