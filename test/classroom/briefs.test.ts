/**
 * Briefs: the shipped ones load against their scenarios and give every party a
 * brief whose points are sourced or marked as the exercise's assumptions; a
 * broken briefs file gets a located one-line answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefsFileFor, loadBriefsText } from '../../src/classroom/index.js';
import { renderProblem } from '../../src/files/index.js';
import { loadScenarioText, type Scenario } from '../../src/scenario/index.js';

function scenario(file: string): Scenario {
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.problems[0]!.message);
  return loaded.value;
}

const shipped = readdirSync('scenarios/briefs').filter((name) => name.endsWith('.yaml'));

describe('the shipped briefs', () => {
  it('are there for the May 2024 and November 2023 scenarios', () => {
    expect(shipped).toEqual(expect.arrayContaining(['rafah-2024-05.yaml', 'pause-2023-11.yaml']));
  });

  it.each(shipped)('%s loads against its scenario and briefs every party', (name) => {
    const scenarioFile = `scenarios/${name}`;
    const of = scenario(scenarioFile);
    expect(briefsFileFor(scenarioFile)).toBe(`scenarios/briefs/${name}`);
    const loaded = loadBriefsText(readFileSync(`scenarios/briefs/${name}`, 'utf8'), `scenarios/briefs/${name}`, of);
    if (!loaded.ok) throw new Error(loaded.problems.map(renderProblem).join('\n'));
    expect(Object.keys(loaded.value.briefs).sort()).toEqual(of.parties.map((party) => party.id).sort());
  });
});

describe('a broken briefs file', () => {
  const of = scenario('scenarios/pause-2023-11.yaml');
  const load = (text: string) => {
    const loaded = loadBriefsText(text, 'b.yaml', of);
    return loaded.ok ? [] : loaded.problems.map(renderProblem);
  };

  it('is told where a point cites no source and says nothing of why', () => {
    const problems = load(`scenario: pause-2023-11\nbriefs:\n  israel:\n    summary: Israel.\n    positions:\n      - text: Something.\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^b\.yaml:6:9: briefs\.israel\.positions\[0\]: a point cites a source \(source: <id>\), or is marked inferred: true with a note saying why/);
  });

  it('is told of a party, a source and a scenario that are not those of the scenario', () => {
    const problems = load(`scenario: rafah-2024-05\nbriefs:\n  narnia:\n    summary: x\n  israel:\n    summary: y\n    knows:\n      - { text: z, source: nowhere }\n`);
    expect(problems[0]).toMatch(/^b\.yaml:1:11: scenario: these briefs are for "rafah-2024-05", not for pause-2023-11/);
    expect(problems[1]).toMatch(/^b\.yaml:3:3: briefs\.narnia: "narnia" is not a party of pause-2023-11/);
    expect(problems[2]).toMatch(/^b\.yaml:8:\d+: briefs\.israel\.knows\[0\]\.source: no source "nowhere" in pause-2023-11/);
  });
});
