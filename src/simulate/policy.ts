/**
 * What a party does on a day: its policy. For each kind of move, a coin with
 * the parameter's chance is tossed; of the moves whose coin came up, in a
 * random order, the first one the rules allow is made (at most one move a
 * party a day). Every party-day draws the same numbers, whatever the chances
 * and whichever moves are allowed: two runs with the same number that differ
 * in one parameter differ only where that parameter mattered (common random
 * numbers), so the sensitivity screen compares like with like.
 *
 * A move the rules refuse is never made: the statechart is asked (through its
 * compiled engine, proven equal to it), and a refusal only means the party
 * does not make that move today. So every run is a sequence the statechart
 * accepts, which `truce run` can replay.
 *
 * Rules and behaviour stay apart: the policy never asks why a move would be
 * refused, and nothing here says which party tends to do what. The only facts
 * it uses are who holds the hostages and who holds the prisoners (a release
 * is made by its holder) and what the deal in force provides for.
 */
import { dueInPhase, engineStep, isPrincipal, type EngineState, type Party, type TruceEvent } from '../model/index.js';
import { sampleEvent, type Holders, type Vocabulary } from '../moves/index.js';
import { chanceOf, PARAMETER_NAMES, type ParameterName, type RunParameters } from './parameters.js';
import type { Draws } from './random.js';

/** Who holds whom: a fact of the start, stated in the assumptions (or read from the scenario's record). */
export type { Holders };

/** What every move of a run is made from. */
export interface PolicyContext {
  vocabulary: Vocabulary;
  holders: Holders;
  parameters: RunParameters;
}

/** Moves no one party makes: the parties together extend a deal or begin its next phase; talks stall or reopen. */
export const SHARED_MOVES: readonly ParameterName[] = ['stall', 'reopen', 'extend', 'nextPhase'];

/** The moves a party makes on its own. */
export const PARTY_MOVES: readonly ParameterName[] = PARAMETER_NAMES.filter((name) => !SHARED_MOVES.includes(name));

/** Those released in one tranche: what is due in the phase, spread over its days (as releases were in November 2023). */
function tranche(due: number, done: number, days: number | null): number {
  const left = due - done;
  if (left <= 0) return 0;
  return Math.min(left, Math.ceil(due / Math.max(days ?? 1, 1)));
}

/** The release `party` would make now under the deal in force, if it holds anyone still due. */
function releases(snapshot: EngineState, party: string, holders: Holders): TruceEvent[] {
  const { agreement, hostages } = snapshot.context;
  if (agreement?.status !== 'inForce' || !agreement.begun) return [];
  const due = dueInPhase(agreement);
  const events: TruceEvent[] = [];
  if (holders.hostages === party && due.hostages) {
    const living = hostages.held - hostages.deceased;
    const count = Math.min(tranche(due.hostages, agreement.done.hostages, agreement.days), hostages.held);
    if (count > 0) events.push({ type: 'HOSTAGES_RELEASED', by: party, count, ...(count > living ? { deceased: count - living } : {}) });
  }
  if (holders.prisoners === party && due.prisoners) {
    const count = tranche(due.prisoners, agreement.done.prisoners, agreement.days);
    if (count > 0) events.push({ type: 'PRISONERS_RELEASED', by: party, count });
  }
  return events;
}

/** The other principals: those a claim can name. */
function othersThan(party: Party, parties: readonly Party[]): Party[] {
  return parties.filter((other) => other.id !== party.id && isPrincipal(other));
}

/** The events that would make a move of kind `name` for `party` (null: a shared move), in the order they are tried. */
function candidates(name: ParameterName, party: Party | null, snapshot: EngineState, policy: PolicyContext, pick: number): TruceEvent[] {
  const { context } = snapshot;
  const { vocabulary } = policy;
  const id = party?.id;
  const terms = () => vocabulary.terms[Math.floor(pick * vocabulary.terms.length)]!;
  switch (name) {
    case 'propose':
      return vocabulary.terms.length > 0 ? [sampleEvent('PROPOSAL_TABLED', context, vocabulary, id, terms())] : [];
    case 'counter':
      return vocabulary.terms.length > 0 ? [sampleEvent('COUNTER_PROPOSAL', context, vocabulary, id, terms())] : [];
    case 'accept':
      return [sampleEvent('PROPOSAL_ACCEPTED', context, vocabulary, id)];
    case 'reject':
      return [sampleEvent('PROPOSAL_REJECTED', context, vocabulary, id)];
    case 'stall':
      return [sampleEvent('TALKS_STALLED', context, vocabulary)];
    case 'reopen':
      return [sampleEvent('TALKS_OPENED', context, vocabulary)];
    case 'implement':
      return [sampleEvent('OPERATION_PAUSED', context, vocabulary, id), sampleEvent('CEASEFIRE_BEGAN', context, vocabulary, id)];
    case 'release':
      return releases(snapshot, id!, policy.holders);
    case 'extend':
      return [sampleEvent('AGREEMENT_EXTENDED', context, vocabulary)];
    case 'nextPhase':
      return [sampleEvent('PHASE_BEGAN', context, vocabulary)];
    case 'resume':
      return [sampleEvent('OPERATION_RESUMED', context, vocabulary, id)];
    case 'accuse': {
      // A principal's claim that the other side broke the agreement in force, attributed to it.
      if (context.agreement?.status !== 'inForce' || !isPrincipal(party!)) return [];
      const accused = othersThan(party!, context.parties);
      if (accused.length === 0) return [];
      const other = accused[Math.floor(pick * accused.length)]!;
      return [{ type: 'VIOLATION_REPORTED', by: other.id, claimant: id!, text: `${party!.name} says ${other.name} violated the agreement.` }];
    }
    case 'closeCrossing':
      return [sampleEvent('CROSSING_CLOSED', context, vocabulary, id)];
    case 'openCrossing':
      return [sampleEvent('CROSSING_OPENED', context, vocabulary, id)];
  }
}

/** A move made: the event, dated, and the moment after it (and after any days that passed first). */
export interface Made {
  event: TruceEvent;
  state: EngineState;
  /** The moment once days had passed before the event (the agreement lapsed), when they did. */
  afterTime?: EngineState;
}

/**
 * The move `party` makes on `date` (null: a shared move of the talks as a whole), or null when it makes none.
 * @example chooseMove(snapshot, party, '2024-05-09', policy, draws)?.event.type // 'PROPOSAL_ACCEPTED'
 */
export function chooseMove(snapshot: EngineState, party: Party | null, date: string, policy: PolicyContext, draws: Draws): Made | null {
  const kinds = party === null ? SHARED_MOVES : PARTY_MOVES;
  const chance = (name: ParameterName) => (party === null ? policy.parameters.shared[name] : chanceOf(policy.parameters, party.id, name));
  // The same draws every time: an order to try the kinds in, a coin for each kind, and one number
  // that picks the terms of a proposal or the party a claim names.
  const order = draws.shuffled(kinds);
  const coins = new Map(kinds.map((name) => [name, draws.fraction()]));
  const pick = draws.fraction();
  for (const name of order) {
    if (!(coins.get(name)! < chance(name))) continue;
    for (const candidate of candidates(name, party, snapshot, policy, pick)) {
      const event = { ...candidate, date } as TruceEvent;
      const outcome = engineStep(snapshot, event);
      if (outcome.accepted) return { event, state: outcome.state, ...(outcome.afterTime ? { afterTime: outcome.afterTime } : {}) };
    }
  }
  return null;
}
