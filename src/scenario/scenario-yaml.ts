/**
 * A scenario written back as YAML, for a sequence a tool made (a path, a
 * simulated run) that a student can replay with `truce run` and read.
 */
import { Document, isMap, isPair, isScalar, visit } from 'yaml';
import type { Scenario } from './schema.js';

/** Maps that read best on one line: events, expectations, parties, sources, states. */
const FLOW_KEYS = new Set(['event', 'expect', 'state', 'hostages', 'crossings', 'terms', 'deathToll']);

/** The scenario as YAML text, headed by a one-line `comment`, in the style of the files in scenarios/: every value written out where it is used, never as an alias. */
export function scenarioToYaml(scenario: Scenario, comment: string): string {
  const document = new Document(scenario, { aliasDuplicateObjects: false });
  visit(document, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isMap(pair.value)) pair.value.flow = true;
    },
    Map(_, map, path) {
      const parent = path.at(-2);
      // Each party and source on one line.
      if (isPair(parent) && isScalar(parent.key) && (parent.key.value === 'parties' || parent.key.value === 'sources')) map.flow = true;
    },
  });
  return `# ${comment}\n${document.toString({ lineWidth: 0 })}`;
}
