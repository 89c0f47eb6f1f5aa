import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, REFUSAL_CODES, REGION_STATES, REGIONS } from '../src/model/index.js';
import { loadScenarioText, replayScenario } from '../src/scenario/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function fencedBlocks(language: string): string[] {
  return [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);
}

describe('the README', () => {
  it('gives exactly two set-up commands: install and start, then test', () => {
    expect(fencedBlocks('sh').map((block) => block.trim())).toEqual(['npm install && npm start', 'npm test']);
  });

  it('has a complete example scenario that loads and replays as it expects, branches included', () => {
    const example = fencedBlocks('yaml').find((block) => block.startsWith('id: small-example'));
    const loaded = loadScenarioText(example!, 'README.md');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(replayScenario(loaded.value).ok).toBe(true);
    for (const branch of loaded.value.branches ?? []) expect(replayScenario(loaded.value, { branch: branch.id }).ok).toBe(true);
  });

  it('lists every event in the event table', () => {
    const tableRows = readme.split('\n').filter((line) => line.startsWith('| `'));
    const documented = tableRows.map((line) => /^\| `([A-Z_]+)`/.exec(line)?.[1]).filter(Boolean);
    expect(documented).toEqual(EVENT_TYPES);
  });

  it('names every refusal code', () => {
    const missing = REFUSAL_CODES.filter((code) => !readme.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('draws every state of every region in the diagram', () => {
    const [diagram] = fencedBlocks('mermaid');
    const missing = REGIONS.flatMap((region) => REGION_STATES[region].filter((state) => !new RegExp(`\\b${state}\\b`).test(diagram!)));
    expect(missing).toEqual([]);
  });
});
