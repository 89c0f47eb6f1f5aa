/**
 * What the rules see of a moment in the talks, for searches over it: the
 * states of the regions, and the facts the guards read before letting a
 * region change — whether a proposal is on the table, what kind of deal it
 * offers, who has accepted or rejected it, whether its pause has been used,
 * and which crossings are closed. Two moments alike in these allow the same
 * state-changing moves and lead to alike moments, whatever else (rounds,
 * statements, figures) differs; that keeps a search finite. It is written
 * here, beside the guards, from the same predicates, and a property test
 * holds it to that.
 */
import { givesCeasefire, givesPause } from './guards.js';
import type { TruceSnapshot } from './snapshot.js';

/**
 * The situation of `snapshot` as a string: equal strings, same situation.
 * @example situationKey(a) === situationKey(b)
 */
export function situationKey(snapshot: TruceSnapshot): string {
  const { proposal, pause, crossings } = snapshot.context;
  const deal = proposal && {
    pause: givesPause(proposal.terms),
    ceasefire: givesCeasefire(proposal.terms),
    acceptedBy: [...proposal.acceptedBy].sort(),
    rejectedBy: [...proposal.rejectedBy].sort(),
    pauseUsed: pause.underProposal === proposal.number,
  };
  const closed = Object.keys(crossings)
    .filter((name) => crossings[name] === 'closed')
    .sort();
  return JSON.stringify({ value: snapshot.value, deal, closed });
}
