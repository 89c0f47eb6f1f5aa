/**
 * The truce statechart. Three regions run side by side:
 *
 *   talks:      idle → proposal ⇄ rejected → accepted, and stalled from any but accepted
 *   operations: active ⇄ pausedForRelease / ceasefire → resumed
 *   access:     open ⇄ closed (closed while any named crossing is closed)
 *
 * Events that only add to the record (releases, statements, casualty figures)
 * are handled at the root: they change the context, never a state. Every guard
 * and action is named, so the inspector's picture shows the rules.
 */
import { and, setup } from 'xstate';
import { actions } from './actions.js';
import { createInitialContext, type TruceContext, type TruceInput } from './context.js';
import type { TruceEvent } from './events.js';
import { guards } from './guards.js';

const stallTalks = { guard: 'detailsAreText', target: '#truce.talks.stalled', actions: 'recordStall' } as const;

const tableProposal = {
  guard: and(['senderIsKnown', 'termsAreValid']),
  target: '.proposal',
  actions: 'tableProposal',
} as const;

const pauseForRelease = {
  guard: and(['senderIsKnown', 'senderIsPrincipal', 'dealAccepted', 'dealGivesPause', 'pauseNotYetUsedForDeal']),
  target: 'pausedForRelease',
  actions: 'startPause',
} as const;

const beginCeasefire = {
  guard: and(['senderIsKnownIfNamed', 'dealAccepted', 'dealGivesCeasefire']),
  target: 'ceasefire',
  actions: 'startCeasefire',
} as const;

const launchOperation = {
  guard: and(['senderIsKnown', 'senderIsPrincipal', 'detailsAreText']),
  actions: 'recordOperation',
} as const;

const principalOnly = and(['senderIsKnown', 'senderIsPrincipal']);

export const truceMachine = setup({
  types: {
    context: {} as TruceContext,
    events: {} as TruceEvent,
    input: {} as TruceInput,
  },
  guards,
  actions,
}).createMachine({
  id: 'truce',
  type: 'parallel',
  context: ({ input }) => createInitialContext(input),
  on: {
    HOSTAGES_RELEASED: {
      guard: and([
        'senderIsKnown',
        'senderIsPrincipal',
        'countIsWhole',
        'deceasedIsWhole',
        'enoughHostagesHeld',
        'enoughDeceasedHeld',
        'enoughLivingHostagesHeld',
      ]),
      actions: 'recordRelease',
    },
    HOSTAGE_DEATHS_REPORTED: {
      guard: and(['countIsWhole', 'deathsWithinLivingHeld']),
      actions: 'recordHostageDeaths',
    },
    PRISONERS_RELEASED: { guard: and(['senderIsKnown', 'senderIsPrincipal', 'countIsWhole']), actions: 'recordPrisonerRelease' },
    VIOLATION_REPORTED: { guard: and(['senderIsKnown', 'textIsGiven']), actions: 'recordViolation' },
    POSITION_STATED: { guard: and(['senderIsKnown', 'textIsGiven']), actions: 'recordPosition' },
    STATEMENT: { guard: and(['senderIsKnown', 'textIsGiven']), actions: 'recordStatement' },
    CASUALTIES_REPORTED: { guard: and(['tollIsWhole', 'detailsAreText']), actions: 'recordCasualties' },
  },
  states: {
    talks: {
      initial: 'idle',
      on: {
        TALKS_OPENED: { guard: 'detailsAreText', actions: 'recordRound' },
        PROPOSAL_TABLED: tableProposal,
        COUNTER_PROPOSAL: tableProposal,
        PROPOSAL_ACCEPTED: {
          guard: and(['senderIsKnown', 'senderIsPrincipal', 'proposalOnTable', 'notYetAcceptedBySender']),
          target: '.proposal',
          actions: 'recordAcceptance',
        },
        PROPOSAL_REJECTED: {
          guard: and([
            'senderIsKnown',
            'senderIsPrincipal',
            'proposalOnTable',
            'notYetAcceptedBySender',
            'notYetRejectedBySender',
            'detailsAreText',
          ]),
          target: '.rejected',
          actions: 'recordRejection',
        },
      },
      states: {
        idle: {
          on: { TALKS_STALLED: stallTalks },
        },
        proposal: {
          // Answers land here first; the deal's standing then decides where talks are.
          always: [
            { guard: 'everyPrincipalAccepted', target: 'accepted' },
            { guard: 'aPrincipalRejected', target: 'rejected' },
          ],
          on: { TALKS_STALLED: stallTalks },
        },
        accepted: {},
        rejected: {
          on: { TALKS_STALLED: stallTalks },
        },
        stalled: {
          on: {
            TALKS_STALLED: stallTalks,
            TALKS_OPENED: [
              { guard: and(['detailsAreText', 'proposalOnTable']), target: 'proposal', actions: 'recordRound' },
              { guard: 'detailsAreText', target: 'idle', actions: 'recordRound' },
            ],
          },
        },
      },
    },
    operations: {
      initial: 'active',
      states: {
        active: {
          on: {
            OPERATION_LAUNCHED: launchOperation,
            OPERATION_PAUSED: pauseForRelease,
            CEASEFIRE_BEGAN: beginCeasefire,
          },
        },
        pausedForRelease: {
          on: {
            PAUSE_EXTENDED: { guard: 'extensionIsWholeDays', actions: 'extendPause' },
            OPERATION_RESUMED: { guard: principalOnly, target: 'resumed', actions: 'endPause' },
            CEASEFIRE_BEGAN: { ...beginCeasefire, actions: ['endPause', 'startCeasefire'] },
          },
        },
        ceasefire: {
          on: {
            OPERATION_RESUMED: { guard: principalOnly, target: 'resumed', actions: 'endCeasefire' },
          },
        },
        resumed: {
          on: {
            OPERATION_LAUNCHED: launchOperation,
            OPERATION_PAUSED: pauseForRelease,
            CEASEFIRE_BEGAN: beginCeasefire,
          },
        },
      },
    },
    access: {
      initial: 'open',
      states: {
        open: {
          on: {
            CROSSING_CLOSED: { guard: and(['senderIsKnownIfNamed', 'crossingIsNamed']), target: 'closed', actions: 'closeCrossing' },
          },
        },
        closed: {
          always: { guard: 'everyCrossingOpen', target: 'open' },
          on: {
            CROSSING_CLOSED: { guard: and(['senderIsKnownIfNamed', 'crossingIsNamed', 'crossingIsOpen']), actions: 'closeCrossing' },
            CROSSING_OPENED: { guard: and(['senderIsKnownIfNamed', 'crossingIsNamed', 'crossingIsClosed']), actions: 'openCrossing' },
          },
        },
      },
    },
  },
});

export type TruceMachine = typeof truceMachine;
