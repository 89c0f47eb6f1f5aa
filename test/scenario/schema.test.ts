/** `truce schema`: the scenario format as JSON Schema, derived from the same definitions the loader uses. */
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, REGION_STATES } from '../../src/model/index.js';
import { readScenarioFile, scenarioJsonSchema, scenarioSchema } from '../../src/scenario/index.js';
import { shippedScenarioFiles } from './helpers.js';

interface SchemaNode {
  type?: string;
  required?: string[];
  additionalProperties?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  description?: string;
}

const schema = scenarioJsonSchema() as SchemaNode & Record<string, unknown>;

/** The event types a union of event schemas allows, read from each variant's `type.const`. */
function eventTypesIn(event: SchemaNode | undefined): unknown[] {
  const variants = event?.oneOf ?? event?.anyOf ?? [];
  return variants.map((variant) => variant.properties?.type?.const);
}

describe('scenarioJsonSchema', () => {
  it('declares the JSON Schema dialect', () => {
    expect(schema.$schema).toMatch(/^https:\/\/json-schema\.org\//);
  });

  it('describes a mapping with the required top-level keys', () => {
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'summary', 'sources', 'parties', 'initial', 'steps']));
  });

  it('refuses unknown keys at the top', () => {
    expect(schema.additionalProperties).toBe(false);
  });

  it('is plain JSON: it survives a round trip through JSON text', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("lists every event type in a step's event union", () => {
    const event = schema.properties?.steps?.items?.properties?.event;

    expect([...eventTypesIn(event)].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it("lists every event type in a branch step's event union", () => {
    const event = schema.properties?.branches?.items?.properties?.steps?.items?.properties?.event;

    expect([...eventTypesIn(event)].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('refuses unknown keys in every event', () => {
    const variants = schema.properties?.steps?.items?.properties?.event?.oneOf ?? [];

    const open = variants.filter((variant) => variant.additionalProperties !== false).map((variant) => variant.properties?.type?.const);

    expect(open).toEqual([]);
  });

  it('is titled and described, for editors that show it', () => {
    expect(schema.title).toBe('truce-sim scenario');
    expect(schema.description).toBe('A sourced sequence of events in truce talks, replayed by `truce run`.');
  });

  it("lists each region's states where a scenario starts and where a step expects them", () => {
    const initial = schema.properties?.initial?.properties?.state?.properties;
    const expected = schema.properties?.steps?.items?.properties?.expect?.properties?.state?.properties;

    for (const states of [initial, expected]) {
      expect({ talks: states?.talks?.enum, operations: states?.operations?.enum, access: states?.access?.enum, agreement: states?.agreement?.enum }).toEqual(REGION_STATES);
    }
  });

  it('gives the death toll a count, a source and a date', () => {
    expect(Object.keys(schema.properties?.initial?.properties?.deathToll?.properties ?? {})).toEqual(['count', 'source', 'date']);
  });

  it('writes dates as exactly YYYY-MM-DD, nothing before or after', () => {
    expect(schema.properties?.steps?.items?.properties?.date?.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
  });

  it('explains each term of a deal, and what `by` names, in words', () => {
    const tabled = schema.properties?.steps?.items?.properties?.event?.oneOf?.find((variant) => variant.properties?.type?.const === 'PROPOSAL_TABLED');
    const terms = tabled?.properties?.terms?.properties ?? {};

    expect(Object.keys(terms)).toEqual(['pauseDays', 'ceasefireDays', 'phases', 'hostages', 'prisoners', 'aidTrucksPerDay', 'lastingCeasefire', 'withdrawal', 'amends', 'note']);
    expect(Object.entries(terms).filter(([, term]) => !term.description?.trim()).map(([name]) => name)).toEqual([]);
    expect(tabled?.properties?.by?.description).toBe('a party id from the scenario’s parties, or a list of them for parties acting together');
  });
});

describe('scenarioSchema, the full format that `truce schema` publishes', () => {
  it.each(shippedScenarioFiles.map((file) => [file.split('/').at(-1)!, file]))('accepts the shipped scenario %s, events included', async (_name, file) => {
    const result = await readScenarioFile(file);
    if (!result.ok) throw new Error(`${file} did not load`);

    expect(scenarioSchema.safeParse(JSON.parse(JSON.stringify(result.value))).error?.issues ?? []).toEqual([]);
  });
});
