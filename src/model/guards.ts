/**
 * The rules of the talks, one named guard each. A guard is a question
 * (`proposalOnTable`); when the answer is no, its `refusal` says why in words a
 * student can read. The machine uses `holds`; `explainRefusal` uses `refusal`.
 * The rules live by subject (rules-parties.ts, rules-deals.ts, rules-records.ts);
 * the `conditions` (conditions.ts) decide where talks, access and the agreement
 * settle after an event. Here they become XState guards, under their names.
 */
import { conditions } from './conditions.js';
import type { TruceContext } from './context.js';
import type { TruceEvent } from './events.js';
import { dealRules } from './rules-deals.js';
import { partyRules } from './rules-parties.js';
import { recordRules } from './rules-records.js';

export { conditions, TIMERS, timeWouldEndAgreement, firstDayLapsed } from './conditions.js';
export { principalsYetToAccept, dealIsAgreed, agreementInForce } from './rule-kit.js';

export const rules = { ...partyRules, ...dealRules, ...recordRules };

/** The name of a rule: a guard that can refuse an event, and says why. */
export type RuleName = keyof typeof rules;

export function isRuleName(name: string): name is RuleName {
  return Object.hasOwn(rules, name);
}

type GuardArgs = { context: TruceContext; event: TruceEvent };

/** The rules and the conditions as XState wants them: `({ context, event }) => boolean`, under the same names. */
export const guards = {
  ...(Object.fromEntries(
    Object.entries(rules).map(([name, rule]) => [name, ({ context, event }: GuardArgs) => rule.holds(context, event)]),
  ) as Record<RuleName, (args: GuardArgs) => boolean>),
  ...(Object.fromEntries(
    Object.entries(conditions).map(([name, condition]) => [name, ({ context }: GuardArgs) => condition(context)]),
  ) as Record<keyof typeof conditions, (args: GuardArgs) => boolean>),
};
