import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, REGIONS, REGION_STATES, isPrincipal, isRealDate, type TruceContext } from '../../src/model/index.js';
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
  it('held + released + remains returned is constant between revisions of the figures', () => {
    holdsAfterEveryEvent((step, steps) => {
      // The total since the last revision taken (HOSTAGE_COUNT_REVISED sets the figures), or since the start.
      const index = steps.indexOf(step);
      const revised = steps.slice(0, index).filter((earlier) => earlier.outcome.accepted && earlier.event.type === 'HOSTAGE_COUNT_REVISED').at(-1);
      const { hostages } = revised ? contextAfter(revised) : steps[0]!.beforeCopy.context;
      const total = hostages.held + hostages.released + hostages.remainsReturned;
      const after = contextAfter(step).hostages;

      if (step.outcome.accepted && step.event.type === 'HOSTAGE_COUNT_REVISED') return;
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

  it('a refused event leaves the snapshot as it was (or as time left it): the same object, its value and context unchanged', () => {
    holdsAfterEveryEvent((step) => {
      if (step.outcome.accepted) return;

      expect(step.outcome.snapshot).toBe(step.outcome.afterTime ?? step.before);
      if (!step.outcome.afterTime) expect({ value: step.outcome.snapshot.value, context: step.outcome.snapshot.context }).toEqual(step.beforeCopy);
    });
  });

  it('time passes first only to end an agreement in force whose end day the event is dated after', () => {
    holdsAfterEveryEvent((step) => {
      const { agreement } = step.beforeCopy.context;
      const { date } = step.event as { date?: unknown };
      const pastEnd = agreement?.status === 'inForce' && agreement.endDay !== null && typeof date === 'string' && isRealDate(date) && date > agreement.endDay;

      expect(step.outcome.afterTime !== undefined).toBe(pastEnd && step.event.type !== 'TIME_PASSED');
      if (step.outcome.afterTime) expect(step.outcome.afterTime.value.agreement).toBe('lapsed');
    });
  });

  it('the agreement region is in the state its record names: none until a first deal, then its status', () => {
    holdsAfterEveryEvent((step) => {
      const { agreement } = contextAfter(step);

      expect(step.outcome.snapshot.value.agreement).toBe(agreement?.status ?? 'none');
    });
  });

  it('an agreement in force has not run past its end day, by the clock', () => {
    holdsAfterEveryEvent((step) => {
      const { agreement, date } = contextAfter(step);
      if (agreement?.status !== 'inForce' || agreement.endDay === null || date === null) return;

      expect(date <= agreement.endDay, `clock ${date}, end day ${agreement.endDay}`).toBe(true);
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
      // Time passing first moves the clock too, even when the event is then refused.
      const moved = step.outcome.accepted || step.outcome.afterTime !== undefined;
      const movesTo = moved && typeof date === 'string' && isRealDate(date) ? date : null;
      const expected = movesTo ?? step.beforeCopy.context.date;

      expect(contextAfter(step).date).toBe(expected);
    });
  });

  it('talks are accepted only when every principal has accepted the proposal on the table, and then unless they stalled', () => {
    holdsAfterEveryEvent((step) => {
      const { proposal, parties } = contextAfter(step);
      const agreed =
        proposal !== null && parties.filter(isPrincipal).every((party) => proposal.acceptedBy.includes(party.id));
      const talks = step.outcome.snapshot.value.talks;

      if (talks === 'accepted') expect(agreed).toBe(true);
      // Talks may stall over the next step once a deal is agreed; otherwise an agreed proposal means accepted talks.
      if (agreed) expect(['accepted', 'stalled']).toContain(talks);
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
