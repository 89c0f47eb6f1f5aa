/** Shared setup for the model tests: the parties, a running truce, and deals to arrange. */
import { createActor, type ActorRefFrom } from 'xstate';
import {
  sendEvent,
  startingSnapshot,
  truceMachine,
  type Party,
  type Refusal,
  type StepOutcome,
  type TruceContext,
  type TruceEvent,
  type TruceInput,
  type TruceStateValue,
} from '../../src/model/index.js';

export type TruceActor = ActorRefFrom<typeof truceMachine>;

/** Two principals and three mediators, as in the 2023–2024 Gaza talks. */
export const parties: Party[] = [
  { id: 'israel', name: 'Israel', role: 'belligerent' },
  { id: 'hamas', name: 'Hamas', role: 'armed-group' },
  { id: 'egypt', name: 'Egypt', role: 'mediator' },
  { id: 'qatar', name: 'Qatar', role: 'mediator' },
  { id: 'usa', name: 'United States', role: 'mediator' },
];

export const PARTY_LIST = 'israel, hamas, egypt, qatar, usa';

/** The input every test starts from unless it says otherwise: 20 held, 3 of them dead. */
export function inputWith(overrides: Partial<TruceInput> = {}): TruceInput {
  return { parties, hostages: { held: 20, deceased: 3 }, ...overrides };
}

/** A running truce actor, started from the given input and states. */
export function startTruce(options: { input?: Partial<TruceInput>; state?: Partial<TruceStateValue> } = {}): TruceActor {
  const input = inputWith(options.input);
  // XState's types ask for `input` too; with a snapshot given, the actor starts from the snapshot.
  return createActor(truceMachine, { input, snapshot: startingSnapshot({ input, state: options.state }) }).start();
}

/** Sends events that set the scene; a refused one fails the test with its reason. */
export function arrange(actor: TruceActor, ...events: TruceEvent[]): void {
  for (const event of events) {
    const outcome = sendEvent(actor, event);
    if (!outcome.accepted) {
      throw new Error(`arranging ${event.type} was refused: ${outcome.refusal.code}: ${outcome.refusal.message}`);
    }
  }
}

/** The refusal of an outcome; fails the test when the event was accepted. */
export function refusalOf(outcome: StepOutcome): Refusal {
  if (outcome.accepted) throw new Error('expected the event to be refused, but it was accepted');
  return outcome.refusal;
}

/** An event as a careless or hostile sender might write it, past the type checker. */
export function hostile(event: Record<string, unknown>): TruceEvent {
  return event as unknown as TruceEvent;
}

export function contextOf(actor: TruceActor): TruceContext {
  return actor.getSnapshot().context;
}

export function valueOf(actor: TruceActor): TruceStateValue {
  return actor.getSnapshot().value;
}

/** Israel tables a 4-day pause and Hamas accepts: a deal both principals agreed. */
export const agreedPauseDeal: TruceEvent[] = [
  { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4, hostages: 50, prisoners: 150 } },
  { type: 'PROPOSAL_ACCEPTED', by: 'hamas' },
];

/** Hamas tables a 42-day ceasefire and Israel accepts. */
export const agreedCeasefireDeal: TruceEvent[] = [
  { type: 'PROPOSAL_TABLED', by: 'hamas', terms: { ceasefireDays: 42, phases: 3 } },
  { type: 'PROPOSAL_ACCEPTED', by: 'israel' },
];

/** A running truce whose operations are paused for release under the agreed pause deal. */
export function pausedTruce(pausedOn = '2023-11-24'): TruceActor {
  const actor = startTruce();
  arrange(actor, ...agreedPauseDeal, { type: 'OPERATION_PAUSED', by: 'israel', date: pausedOn });
  return actor;
}

/** A running truce in a ceasefire under the agreed ceasefire deal. */
export function ceasefireTruce(since = '2025-01-19'): TruceActor {
  const actor = startTruce();
  arrange(actor, ...agreedCeasefireDeal, { type: 'CEASEFIRE_BEGAN', by: 'israel', date: since });
  return actor;
}
