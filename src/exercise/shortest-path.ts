/**
 * The fewest events that take the statechart from a snapshot to a state
 * configuration (e.g. `operations: pausedForRelease`), found by a
 * breadth-first search over sample events.
 *
 * The context holds counts and texts that make the raw state space endless, so
 * snapshots are compared only by what the rules look at: the state value, the
 * proposal's standing (whether it gives a pause or a ceasefire, who accepted and
 * who rejected it, whether its pause was used) and the crossings. Events that
 * only add to the record (statements, releases, casualty figures) never change
 * a state, so they are not sampled.
 */
import { transition } from 'xstate';
import type { TruceEvent } from '../model/events.js';
import { truceMachine } from '../model/machine.js';
import { isPrincipal, type Party } from '../model/parties.js';
import { REGIONS, stateValueOf, type TruceSnapshot, type TruceStateValue } from '../model/snapshot.js';
import type { Terms } from '../model/terms.js';

/** The kinds of deal that lead to different states: one that pauses, one that ends the fighting, one that does both. */
const SAMPLE_TERMS: readonly Terms[] = [{ pauseDays: 1 }, { lastingCeasefire: true }, { pauseDays: 1, lastingCeasefire: true }];

/** A crossing to close when the start names none. */
const SAMPLE_CROSSING = 'Rafah';

/** Far above the few hundred snapshots the abstraction below allows; a guard against a future change that breaks it. */
const TRAVERSAL_LIMIT = 200_000;

export interface ShortestPathOptions {
  /** Only events of these types are tried (an exercise's allowed events). */
  eventTypes?: readonly TruceEvent['type'][];
}

/** The events that may change a state: every party, deal kind and crossing that matters, once each. */
export function sampleEvents(snapshot: TruceSnapshot): TruceEvent[] {
  const { parties, crossings } = snapshot.context;
  const principals = parties.filter(isPrincipal);
  const mediator = parties.find((party) => !isPrincipal(party));
  // Mediators all act alike here, so one stands for them; principals differ (each accepts for itself).
  const tablers: Party[] = mediator ? [...principals, mediator] : principals;
  const crossingNames = Object.keys(crossings).length > 0 ? Object.keys(crossings) : [SAMPLE_CROSSING];
  return [
    { type: 'TALKS_OPENED' },
    { type: 'TALKS_STALLED' },
    ...tablers.flatMap((party) => SAMPLE_TERMS.map((terms): TruceEvent => ({ type: 'PROPOSAL_TABLED', by: party.id, terms }))),
    ...principals.flatMap((party): TruceEvent[] => [
      { type: 'PROPOSAL_ACCEPTED', by: party.id },
      { type: 'PROPOSAL_REJECTED', by: party.id },
      { type: 'OPERATION_PAUSED', by: party.id },
      { type: 'OPERATION_RESUMED', by: party.id },
    ]),
    { type: 'CEASEFIRE_BEGAN' },
    ...crossingNames.flatMap((crossing): TruceEvent[] => [
      { type: 'CROSSING_CLOSED', crossing },
      { type: 'CROSSING_OPENED', crossing },
    ]),
  ];
}

/** What the rules can see of a snapshot; two snapshots with the same key allow the same moves. */
export function standingKey(snapshot: TruceSnapshot): string {
  const { proposal, pause, crossings } = snapshot.context;
  return JSON.stringify({
    value: stateValueOf(snapshot),
    proposal: proposal && {
      pause: (proposal.terms.pauseDays ?? 0) > 0,
      ceasefire: (proposal.terms.ceasefireDays ?? 0) > 0 || proposal.terms.lastingCeasefire === true,
      acceptedBy: [...proposal.acceptedBy].sort(),
      rejectedBy: [...proposal.rejectedBy].sort(),
      pauseUsed: pause.underProposal === proposal.number,
    },
    crossings: Object.keys(crossings)
      .sort()
      .map((name) => [name, crossings[name]]),
  });
}

/** True when `snapshot` is in every region state `target` names. */
export function matchesConfiguration(snapshot: TruceSnapshot, target: Partial<TruceStateValue>): boolean {
  const value = stateValueOf(snapshot);
  return REGIONS.every((region) => target[region] === undefined || target[region] === value[region]);
}

/**
 * The shortest list of events from `from` to a snapshot in the `target`
 * configuration, or null when none reaches it.
 *
 * A breadth-first search that stops at the first snapshot in the target
 * configuration. `xstate/graph`'s `getShortestPaths` (same abstraction, same
 * events) gives the same lengths, but it maps every reachable snapshot first:
 * about 400 from the May 2024 start, a few seconds, where this takes a fraction.
 * @example shortestPath(snapshot, { operations: 'pausedForRelease' })?.length // 3
 */
export function shortestPath(from: TruceSnapshot, target: Partial<TruceStateValue>, options: ShortestPathOptions = {}): TruceEvent[] | null {
  const allowed = options.eventTypes;
  if (matchesConfiguration(from, target)) return [];
  const seen = new Set([standingKey(from)]);
  let frontier: Array<{ snapshot: TruceSnapshot; events: TruceEvent[] }> = [{ snapshot: from, events: [] }];
  while (frontier.length > 0 && seen.size < TRAVERSAL_LIMIT) {
    const next: typeof frontier = [];
    for (const { snapshot, events } of frontier) {
      for (const event of sampleEvents(snapshot)) {
        if (allowed && !allowed.includes(event.type)) continue;
        const [after] = transition(truceMachine, snapshot, event);
        const key = standingKey(after);
        if (seen.has(key)) continue;
        seen.add(key);
        if (matchesConfiguration(after, target)) return [...events, event];
        next.push({ snapshot: after, events: [...events, event] });
      }
    }
    frontier = next;
  }
  return null;
}
