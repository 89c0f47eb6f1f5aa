/**
 * "A teacher following docs/teaching.md from a fresh clone can run the class":
 * every command in the guide runs here, as written, in order, from a copy of
 * the project (so the files it writes land in a scratch folder), and ends the
 * way the guide says it does.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';
import { EXERCISE_KINDS } from '../../src/exercise/schema.js';
import { readScenarioFile } from '../../src/scenario/index.js';
import { guideItems, type GuideItem } from './guide-commands.js';

const guide = readFileSync(join(ROOT, 'docs/teaching.md'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const items = guideItems(guide);

/**
 * The project as a teacher has it after set-up: its files and the installed
 * packages. `npx truce` installs the project into npm's npx cache the first
 * time it runs in a folder, which runs its `prepare` script (the build), so
 * the sources come along too.
 */
function projectCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'truce-guide-'));
  for (const name of ['package.json', 'README.md', 'tsconfig.json', 'scripts', 'src', 'dist', 'scenarios', 'exercises', 'docs']) {
    cpSync(join(ROOT, name), join(folder, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'), 'dir');
  return folder;
}

/** npx's cache entries that link to `folder` (one is made per folder): removed with the copy. */
function npxCacheEntriesFor(folder: string): string[] {
  const cache = join(homedir(), '.npm', '_npx');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .map((entry) => join(cache, entry))
    .filter((entry) => {
      const link = join(entry, 'node_modules', 'truce-sim');
      try {
        return realpathSync(link) === realpathSync(folder);
      } catch {
        return false;
      }
    });
}

const project = projectCopy();
afterAll(() => {
  for (const entry of npxCacheEntriesFor(project)) rmSync(entry, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
});

interface Finished {
  code: number | null;
  output: string;
}

/** Runs a command line through the shell, as a terminal would; `onOutput` sees the output as it comes. */
function shell(command: string, onOutput?: (output: string, stop: () => void) => void): Promise<Finished> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that Ctrl-C (SIGINT) reaches npx and the command it runs, as in a terminal.
    // npm stays offline: everything the guide runs is already installed, and the test must not depend on the network.
    const child = spawn('sh', ['-c', command], { cwd: project, env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const stop = () => process.kill(-child.pid!, 'SIGINT');
    const take = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      onOutput?.(output, stop);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function name(item: GuideItem): string {
  return item.kind === 'command' ? `line ${item.line}: ${item.command}` : `line ${item.line}: save ${item.path}`;
}

describe('the guide', () => {
  it('has commands to run and files to save', () => {
    expect(items.filter((item) => item.kind === 'command').length).toBeGreaterThan(15);
    expect(items.some((item) => item.kind === 'file')).toBe(true);
  });

  it('puts every exercise of exercises/ in its order table, and no other', () => {
    const listed = guide
      .split('\n')
      .filter((line) => /^\| \d+ \| `/.test(line))
      .map((line) => /`([^`]+)`/.exec(line)![1]!);
    const shipped = readdirSync(join(ROOT, 'exercises'))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => file.replace(/\.yaml$/, ''));
    expect([...listed].sort()).toEqual([...shipped].sort());
  });
});

describe('the names in the guide', () => {
  it('are steps, branches or exercises that exist, or the guide\'s own example', async () => {
    const known = new Set<string>([...Object.keys(EXERCISE_KINDS), ...readdirSync(join(ROOT, 'exercises')).map((file) => file.replace(/\.yaml$/, ''))]);
    for (const file of readdirSync(join(ROOT, 'scenarios')).filter((name) => name.endsWith('.yaml'))) {
      const read = await readScenarioFile(join(ROOT, 'scenarios', file));
      if (!read.ok) throw new Error(`${file} does not load`);
      const { steps, branches = [] } = read.value;
      for (const id of [...steps, ...branches.flatMap((branch) => branch.steps)].map((step) => step.id)) known.add(id);
      for (const branch of branches) known.add(branch.id);
    }
    for (const item of items) if (item.kind === 'file') known.add(item.path.split('/')[0]!).add(/^id: (\S+)$/m.exec(item.content)?.[1] ?? '');
    const named = [...new Set([...guide.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)].map((match) => match[1]!))];
    expect(named.filter((name) => !known.has(name))).toEqual([]);
    expect(named.length).toBeGreaterThan(20);
  });
});

describe('every command in docs/teaching.md, in order', () => {
  for (const item of items) {
    it(name(item), async () => {
      if (item.kind === 'file') {
        mkdirSync(dirname(join(project, item.path)), { recursive: true });
        writeFileSync(join(project, item.path), item.content);
        return;
      }
      const { expect: expected, command } = item;
      if (expected.kind === 'once') {
        // Set-up needs the internet; the guide must give it exactly as the README does.
        expect(readme).toContain('```sh\n' + command + '\n```');
        return;
      }
      if (expected.kind === 'until-stopped') {
        let address: string | undefined;
        const finished = await shell(command, (output, stop) => {
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
          if (found && address === undefined) {
            address = found[0];
            void fetch(address)
              .then(async (response) => {
                expect(response.status).toBe(200);
                expect(await response.text()).toContain('<html');
              })
              .finally(stop);
          }
        });
        expect(address, finished.output).toBeDefined();
        expect(finished.output).toContain('Viewer stopped.');
        return;
      }
      const finished = await shell(command);
      if (expected.kind === 'interactive') {
        // No one answers: the input ends at once, and the session ends with its debrief.
        expect(finished.output).toContain('Debrief');
        expect(finished.code, finished.output).toBe(0);
        return;
      }
      expect(finished.code, finished.output).toBe(expected.code);
      // The first `npx truce` in a folder builds the project: minutes on a busy machine.
    }, 600_000);
  }
});
