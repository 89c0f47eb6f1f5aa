import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, REGIONS, REGION_STATES, isRealDate, type TruceContext } from '../../src/model/index.js';
import { truceRun } from './arbitraries.js';
import { replay, traceJson, type Step } from './trace.js';

const numRuns = Number(process.env.FC_RUNS ?? 200);

/** Checks `law` after every event of every generated run. */
function holdsAfterEveryEvent(law: (step: Step, steps: Step[]) => void): void {
  fc.assert(
    fc.property(truceRun, ({ start, events }) => {
      const steps = replay(start, events);
      for (const step of steps) law(step, steps);
    }),
    { numRuns },
  );
}

function contextAfter(step: Step): TruceContext {
  return step.outcome.snapshot.context;
}

function countsOf(context: TruceContext): Record<string, number> {
  return {
    held: context.hostages.held,
    deceased: context.hostages.deceased,
    released: context.hostages.released,
    remainsReturned: context.hostages.remainsReturned,
    prisonersReleased: context.prisonersReleased,
    proposalsTabled: context.proposalsTabled,
    daysAgreed: context.pause.daysAgreed,
    daysUsed: context.pause.daysUsed,
    ...(context.proposal ? { proposalNumber: context.proposal.number } : {}),
    ...(context.deathToll ? { deathToll: context.deathToll.count } : {}),
  };
}

describe('laws of the truce statechart over any run', () => {
  it('held + released + remains returned is constant', () => {
    holdsAfterEveryEvent((step, steps) => {
      const { hostages } = steps[0]!.beforeCopy.context;
      const total = hostages.held + hostages.released + hostages.remainsReturned;
      const after = contextAfter(step).hostages;

      expect(after.held + after.released + after.remainsReturned).toBe(total);
    });
  });

  it('the dead among the hostages held number between 0 and all of them', () => {
    holdsAfterEveryEvent((step) => {
      const { held, deceased } = contextAfter(step).hostages;

      expect(deceased).toBeGreaterThanOrEqual(0);
      expect(deceased).toBeLessThanOrEqual(held);
    });
  });

  it('every count is a safe whole number of at least 0', () => {
    holdsAfterEveryEvent((step) => {
      for (const [name, value] of Object.entries(countsOf(contextAfter(step)))) {
        expect(Number.isSafeInteger(value) && value >= 0, `${name} is ${value}`).toBe(true);
      }
    });
  });

  it('a refused event leaves the snapshot as it was: the same object, its value and context unchanged', () => {
    holdsAfterEveryEvent((step) => {
      if (step.outcome.accepted) return;

      expect(step.outcome.snapshot).toBe(step.before);
      expect({ value: step.outcome.snapshot.value, context: step.outcome.snapshot.context }).toEqual(step.beforeCopy);
    });
  });

  it('no event changes the snapshot it was sent to', () => {
    holdsAfterEveryEvent((step) => {
      expect({ value: step.before.value, context: step.before.context }).toEqual(step.beforeCopy);
    });
  });

  it('the state value names one state of each region, and only states of that region', () => {
    holdsAfterEveryEvent((step) => {
      const value = step.outcome.snapshot.value;

      expect(Object.keys(value).sort()).toEqual([...REGIONS].sort());
      for (const region of REGIONS) expect(REGION_STATES[region]).toContain(value[region]);
    });
  });

  it('an event is accepted exactly when the snapshot before it could take it', () => {
    holdsAfterEveryEvent((step) => {
      expect(step.outcome.accepted).toBe(step.couldTake);
    });
  });

  it('a refusal carries a known code and a message', () => {
    holdsAfterEveryEvent((step) => {
      if (step.outcome.accepted) return;

      expect(REFUSAL_CODES).toContain(step.outcome.refusal.code);
      expect(step.outcome.refusal.message.trim()).not.toBe('');
    });
  });

  it("the record's date moves to an accepted event's real date, and on nothing else", () => {
    holdsAfterEveryEvent((step) => {
      const { date } = step.event as { date?: unknown };
      const movesTo = step.outcome.accepted && typeof date === 'string' && isRealDate(date) ? date : null;
      const expected = movesTo ?? step.beforeCopy.context.date;

      expect(contextAfter(step).date).toBe(expected);
    });
  });

  it('talks are accepted exactly when every principal has accepted the proposal on the table', () => {
    holdsAfterEveryEvent((step) => {
      const { proposal, parties } = contextAfter(step);
      const agreed =
        proposal !== null && parties.filter((party) => party.role !== 'mediator').every((party) => proposal.acceptedBy.includes(party.id));

      expect(step.outcome.snapshot.value.talks === 'accepted').toBe(agreed);
    });
  });

  it('aid access is closed exactly when some crossing is closed', () => {
    holdsAfterEveryEvent((step) => {
      const anyClosed = Object.values(contextAfter(step).crossings).includes('closed');

      expect(step.outcome.snapshot.value.access === 'closed').toBe(anyClosed);
    });
  });

  it('replaying the same events gives the same trace', () => {
    fc.assert(
      fc.property(truceRun, ({ start, events }) => {
        expect(traceJson(replay(start, events))).toBe(traceJson(replay(start, events)));
      }),
      { numRuns },
    );
  });
});

describe('the generated runs', () => {
  it('reach every state of every region, and accept a good share of their events', () => {
    const reached = new Set<string>();
    let sent = 0;
    let accepted = 0;

    for (const { start, events } of fc.sample(truceRun, 150)) {
      for (const { outcome } of replay(start, events)) {
        const value = outcome.snapshot.value;
        for (const region of REGIONS) reached.add(`${region}.${value[region]}`);
        sent += 1;
        if (outcome.accepted) accepted += 1;
      }
    }

    const everyState = REGIONS.flatMap((region) => REGION_STATES[region].map((state) => `${region}.${state}`));
    expect([...reached].sort()).toEqual(everyState.sort());
    expect(accepted / sent).toBeGreaterThan(0.3);
  });
});
