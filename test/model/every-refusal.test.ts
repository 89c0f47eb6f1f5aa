/**
 * Every reason an event is refused: the model's first, then each other rule
 * on its transitions that also says no, and none that only echoes an earlier
 * one (rule-presumes.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, everyRefusal, explainRefusal } from '../../src/model/index.js';
import { truceRun } from './arbitraries.js';
import { arrange, hostile, pausedTruce, startTruce } from './helpers.js';
import { replay } from './trace.js';

const codes = (refusals: ReturnType<typeof everyRefusal>) => refusals.map((refusal) => refusal.code);

describe('every reason an event is refused', () => {
  it('names a second true reason after the first: a deal whose pause was used, and that has lapsed', () => {
    const actor = pausedTruce('2023-11-24');
    // Operations resume on the deal's end day: its pause is used, and its agreement has lapsed.
    arrange(actor, { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-11-28' });

    const reasons = everyRefusal(actor.getSnapshot(), { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-28' });

    expect(codes(reasons)).toEqual(['PAUSE_ALREADY_USED', 'NO_AGREED_DEAL']);
    expect(reasons[1]!.message).toMatch(/^the agreement lapsed/);
  });

  it('gives no reason that only echoes an earlier one: with no deal at all, not "the deal gives no pause"', () => {
    const actor = startTruce();

    const reasons = everyRefusal(actor.getSnapshot(), { type: 'OPERATION_PAUSED', by: 'israel' });

    expect(codes(reasons)).toEqual(['NO_AGREED_DEAL']);
  });

  it('names both a mediator and a missing deal when a mediator tries to pause with no deal', () => {
    const actor = startTruce();

    const reasons = everyRefusal(actor.getSnapshot(), { type: 'OPERATION_PAUSED', by: 'qatar' });

    expect(codes(reasons)).toEqual(['NOT_A_PRINCIPAL', 'NO_AGREED_DEAL']);
  });

  it('is empty for an event the machine takes', () => {
    const actor = startTruce();

    expect(everyRefusal(actor.getSnapshot(), { type: 'TALKS_OPENED', where: 'Cairo' })).toEqual([]);
  });

  it('is the one reason given for an event that is not one', () => {
    const actor = startTruce();

    expect(codes(everyRefusal(actor.getSnapshot(), hostile({ type: 'TRUCE_SIGNED' })))).toEqual(['UNKNOWN_EVENT']);
  });

  it.each(EVENT_TYPES)('answers, without throwing, for a %s that carries nothing, at the start and during a pause', (type) => {
    for (const actor of [startTruce(), pausedTruce()]) {
      const snapshot = actor.getSnapshot();

      const reasons = everyRefusal(snapshot, hostile({ type }));

      expect(reasons[0] ?? null).toEqual(explainRefusal(snapshot, hostile({ type })));
    }
  });

  it('over any run: starts with the reason the model gives, names each reason once, and never throws', () => {
    fc.assert(
      fc.property(truceRun, ({ start, events }) => {
        for (const step of replay(start, events)) {
          const weighed = step.outcome.afterTime ?? step.before;
          const reasons = everyRefusal(weighed, step.event);

          if (step.outcome.accepted) expect(reasons).toEqual([]);
          else expect(reasons[0]).toEqual(step.outcome.refusal);
          expect(reasons[0] ?? null).toEqual(explainRefusal(weighed, step.event));
          expect(new Set(reasons.map((reason) => `${reason.code} ${reason.message}`)).size).toBe(reasons.length);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});

