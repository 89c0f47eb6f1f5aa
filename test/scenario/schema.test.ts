/** `truce schema`: the scenario format as JSON Schema, derived from the same definitions the loader uses. */
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/model/index.js';
import { scenarioJsonSchema } from '../../src/scenario/index.js';

interface SchemaNode {
  type?: string;
  required?: string[];
  additionalProperties?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  const?: unknown;
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
});
