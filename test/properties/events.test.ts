/**
 * The event generators say what they make: a valid event passes the format
 * of its type, and a hostile one fails it at the field its tag names (an
 * unknown party passes the format, which only asks for text: the loader
 * catches it against the scenario's parties, as scenario-files.test.ts checks).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSchemas, isEventType } from '../../src/model/index.js';
import { hostileEvent, validEvent } from '../arbitraries/events.js';
import { scenarioParties } from '../arbitraries/parties.js';

const numRuns = Number(process.env.FC_RUNS ?? 200);
/** Deeper runs (FC_RUNS) take longer: the time allowed grows with the runs asked for. */
const timeout = 60_000 + numRuns * 50;

describe('the event generators', () => {
  it('make valid events that pass the format of their type', () => {
    fc.assert(
      fc.property(scenarioParties.chain((parties) => validEvent(parties)), (event) => {
        expect(eventSchemas[event.type].safeParse(event).success).toBe(true);
      }),
      { numRuns },
    );
  }, timeout);

  it('make hostile events that fail the format at the field they name, or name a party there is not', () => {
    fc.assert(
      fc.property(scenarioParties.chain((parties) => hostileEvent(parties).map((hostile) => ({ parties, ...hostile }))), ({ parties, event, flaw, field }) => {
        const type = event.type;
        if (!isEventType(type)) throw new Error(`a hostile event of no known type: ${String(type)}`);
        const result = eventSchemas[type].safeParse(event);

        if (flaw === 'unknown-party') {
          expect(parties.map((party) => party.id)).not.toContain(event[field]);
        } else {
          expect(result.success).toBe(false);
          // The first key of each issue's path; an unknown key of the event itself has an empty path.
          const paths = result.error!.issues.map((issue) => issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined));
          expect(paths).toContain(field);
        }
      }),
      { numRuns },
    );
  }, timeout);
});
