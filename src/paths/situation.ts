/**
 * What path finding remembers of a moment in the talks: the states of the
 * regions, and the facts the rules look at before letting a region change —
 * whether a proposal is on the table, what kind of deal it offers, who has
 * accepted or rejected it, whether its pause has been used, and which
 * crossings are closed. Two moments alike in these are the same situation
 * for path finding, whatever else (rounds, statements, figures) differs.
 * This keeps the search finite: rounds and statements pile up without end.
 */
import type { TruceSnapshot } from '../model/snapshot.js';
import { termsKind } from './vocabulary.js';

export function situationKey(snapshot: TruceSnapshot): string {
  const { proposal, pause, crossings } = snapshot.context;
  const deal = proposal && {
    kind: termsKind(proposal.terms),
    acceptedBy: [...proposal.acceptedBy].sort(),
    rejectedBy: [...proposal.rejectedBy].sort(),
    pauseUsed: pause.underProposal === proposal.number,
  };
  const closed = Object.keys(crossings)
    .filter((name) => crossings[name] === 'closed')
    .sort();
  return JSON.stringify({ value: snapshot.value, deal, closed });
}
