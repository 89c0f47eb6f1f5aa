import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineGraph } from '../../src/model/index.js';
import { ROOT, scratchFolder } from '../cli/helpers.js';
import { truceInProcess } from '../cli/in-process.js';
import { openBrowser, type Browser } from './browser.js';

const graph = machineGraph();

/** Runs Graphviz's `dot` on `input`; resolves with its exit code and output. */
function graphviz(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('dot', ['-Tsvg'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('truce diagram', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints Mermaid by default, the same as --format mermaid', async () => {
    const plain = await truceInProcess(['diagram']);
    const named = await truceInProcess(['diagram', '--format', 'mermaid']);
    expect(plain.code).toBe(0);
    expect(plain.stdout.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(named.stdout).toBe(plain.stdout);
  });

  it('writes Mermaid that a real Mermaid parses and draws, with every state', async () => {
    const { stdout } = await truceInProcess(['diagram', '--format', 'mermaid']);
    const { page, refused } = await browser.page();
    await page.setContent('<!doctype html><html><body><div id="chart"></div></body></html>');
    await page.addScriptTag({ path: join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js') });
    const drawn = await page.evaluate(async (text) => {
      const mermaid = (window as unknown as { mermaid: { initialize(config: object): void; parse(text: string): Promise<unknown>; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
      mermaid.initialize({ startOnLoad: false });
      await mermaid.parse(text);
      const { svg } = await mermaid.render('truce-diagram', text);
      document.getElementById('chart')!.innerHTML = svg;
      return document.getElementById('chart')!.textContent ?? '';
    }, stdout);
    for (const state of graph.regions.flatMap((region) => region.states)) expect(drawn).toContain(state.name);
    expect(refused).toEqual([]);
    await page.close();
  });

  it('is the diagram the README shows under "The model"', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /```mermaid\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe((await truceInProcess(['diagram'])).stdout);
  });

  it('writes DOT that Graphviz accepts, one cluster per region', async () => {
    const { stdout, code } = await truceInProcess(['diagram', '--format', 'dot']);
    expect(code).toBe(0);
    for (const region of graph.regions) expect(stdout).toContain(`subgraph "cluster_${region.name}"`);
    const drawn = await graphviz(stdout);
    expect(drawn.stderr).toBe('');
    expect(drawn.code).toBe(0);
    for (const state of graph.regions.flatMap((region) => region.states)) expect(drawn.stdout).toContain(`<title>${state.id}</title>`);
  });

  it('writes well-formed SCXML with every state and every transition of the machine, where it is declared', async () => {
    const { stdout } = await truceInProcess(['diagram', '--format', 'scxml']);
    const { page } = await browser.page();
    const read = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const error = document.getElementsByTagName('parsererror')[0];
      if (error) return { error: error.textContent ?? 'parser error', root: '', states: [], transitions: [] };
      const root = document.documentElement;
      const SCXML = 'http://www.w3.org/2005/07/scxml';
      const elements = (name: string) => [...document.getElementsByTagNameNS(SCXML, name)];
      return {
        error: null,
        root: `${root.namespaceURI} ${root.localName} ${root.getAttribute('version')} ${root.getAttribute('initial')}`,
        parallel: elements('parallel').map((element) => element.id),
        states: elements('state').map((element) => `${element.id} in ${(element.parentNode as Element).id} initial=${element.getAttribute('initial') ?? ''}`),
        transitions: elements('transition').map((element) =>
          [(element.parentNode as Element).id, element.getAttribute('event'), element.getAttribute('cond'), element.getAttribute('target')].join('|'),
        ),
      };
    }, stdout);
    await page.close();
    expect(read.error).toBeNull();
    expect(read.root).toBe('http://www.w3.org/2005/07/scxml scxml 1.0 truce');
    expect(read.parallel).toEqual([graph.id]);
    const expectedStates = graph.regions.flatMap((region) => [
      `${region.id} in ${graph.id} initial=${region.id}.${region.initial}`,
      ...region.states.map((state) => `${state.id} in ${region.id} initial=`),
    ]);
    expect([...read.states].sort()).toEqual(expectedStates.sort());
    const expectedTransitions = graph.transitions.map((transition) =>
      [transition.declaredOn, transition.event, transition.guards.length > 0 ? transition.guards.join(' && ') : null, transition.target].join('|'),
    );
    expect([...read.transitions].sort()).toEqual(expectedTransitions.sort());
  });

  it('writes the chart graph as JSON', async () => {
    const { stdout } = await truceInProcess(['diagram', '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(graph)));
  });

  it('refuses an unknown format, naming the ones it knows (exit 2)', async () => {
    const { code, stderr, stdout } = await truceInProcess(['diagram', '--format', 'png']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown format "png"; formats: mermaid, dot, scxml, json/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('writes --out whole, leaving no temporary file', async () => {
    const scratch = scratchFolder();
    try {
      const out = scratch.write('chart.scxml', 'old contents');
      const { code, stdout } = await truceInProcess(['diagram', '--format', 'scxml', '--out', out]);
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toBe((await truceInProcess(['diagram', '--format', 'scxml'])).stdout);
      expect(readdirSync(dirname(out))).toEqual(['chart.scxml']);
    } finally {
      scratch.remove();
    }
  });

  it('reports an --out it cannot write in one line (exit 2), and writes nothing', async () => {
    const scratch = scratchFolder();
    try {
      const folder = dirname(scratch.write('keep.txt', ''));
      const out = join(folder, 'missing', 'chart.dot');
      const { code, stderr } = await truceInProcess(['diagram', '--format', 'dot', '--out', out]);
      expect(code).toBe(2);
      expect(stderr).toBe(`truce diagram: cannot write "${out}": its folder does not exist\n`);
      expect(existsSync(out)).toBe(false);
      const intoFolder = await truceInProcess(['diagram', '--out', folder]);
      expect(intoFolder.code).toBe(2);
      expect(intoFolder.stderr).toMatch(/cannot write ".*": it is a folder/);
      expect(readdirSync(folder)).toEqual(['keep.txt']);
    } finally {
      scratch.remove();
    }
  });
});
