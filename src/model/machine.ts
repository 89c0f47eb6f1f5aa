/**
 * The truce statechart. Three regions run side by side:
 *
 *   talks:      idle → proposal ⇄ rejected → accepted, and stalled from any but accepted
 *   operations: active ⇄ pausedForRelease / ceasefire → resumed
 *   access:     open ⇄ closed (closed while any named crossing is closed)
 *
 * Events that only add to the record (releases, statements, casualty figures)
 * are handled at the root: they change the context, never a state. Every guard
 * and action is named — a guard that asks several rules by the name of its set
 * (rule-sets.ts) — so the inspector's picture shows the rules. A state that
 * does not take an event at all says why in its `meta.refuses`
 * (state-refusals.ts).
 */
import { setup } from 'xstate';
import { actions } from './actions.js';
import { createInitialContext, type TruceContext, type TruceInput } from './context.js';
import type { TruceEvent } from './events.js';
import { guards } from './guards.js';
import { ruleSetGuards } from './rule-sets.js';
import {
  alreadyInCeasefire,
  alreadyPaused,
  noCrossingClosed,
  nothingToResume,
  notPaused,
  operationsPaused,
  refuses,
  talksAlreadyAgreed,
  type StateMeta,
} from './state-refusals.js';

const stallTalks = { guard: 'detailsAreText', target: '#truce.talks.stalled', actions: 'recordStall' } as const;

const tableProposal = {
  guard: 'mayTableProposal',
  target: '.proposal',
  actions: 'tableProposal',
} as const;

const pauseForRelease = {
  guard: 'mayPauseForRelease',
  target: 'pausedForRelease',
  actions: 'startPause',
} as const;

const beginCeasefire = {
  guard: 'mayBeginCeasefire',
  target: 'ceasefire',
  actions: 'startCeasefire',
} as const;

const launchOperation = {
  guard: 'mayLaunchOperation',
  actions: 'recordOperation',
} as const;

export const truceMachine = setup({
  types: {
    context: {} as TruceContext,
    events: {} as TruceEvent,
    input: {} as TruceInput,
    meta: {} as StateMeta,
  },
  // The rules one by one (for single-rule guards) and the named sets of them (rule-sets.ts).
  guards: { ...guards, ...ruleSetGuards },
  actions,
}).createMachine({
  id: 'truce',
  type: 'parallel',
  context: ({ input }) => createInitialContext(input),
  on: {
    HOSTAGES_RELEASED: {
      guard: 'mayReleaseHostages',
      actions: 'recordRelease',
    },
    HOSTAGE_DEATHS_REPORTED: {
      guard: 'mayReportHostageDeaths',
      actions: 'recordHostageDeaths',
    },
    PRISONERS_RELEASED: { guard: 'mayReleasePrisoners', actions: 'recordPrisonerRelease' },
    VIOLATION_REPORTED: { guard: 'saidByKnownParty', actions: 'recordViolation' },
    POSITION_STATED: { guard: 'saidByKnownParty', actions: 'recordPosition' },
    STATEMENT: { guard: 'saidByKnownParty', actions: 'recordStatement' },
    CASUALTIES_REPORTED: { guard: 'mayReportCasualties', actions: 'recordCasualties' },
  },
  states: {
    talks: {
      initial: 'idle',
      on: {
        TALKS_OPENED: { guard: 'detailsAreText', actions: 'recordRound' },
        PROPOSAL_TABLED: tableProposal,
        COUNTER_PROPOSAL: tableProposal,
        PROPOSAL_ACCEPTED: {
          guard: 'mayAcceptProposal',
          target: '.proposal',
          actions: 'recordAcceptance',
        },
        PROPOSAL_REJECTED: {
          guard: 'mayRejectProposal',
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
        accepted: {
          meta: refuses({ TALKS_STALLED: talksAlreadyAgreed }),
        },
        rejected: {
          on: { TALKS_STALLED: stallTalks },
        },
        stalled: {
          on: {
            TALKS_STALLED: stallTalks,
            TALKS_OPENED: [
              { guard: 'reopensWithProposal', target: 'proposal', actions: 'recordRound' },
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
          meta: refuses({ PAUSE_EXTENDED: notPaused('active'), OPERATION_RESUMED: nothingToResume('active') }),
          on: {
            OPERATION_LAUNCHED: launchOperation,
            OPERATION_PAUSED: pauseForRelease,
            CEASEFIRE_BEGAN: beginCeasefire,
          },
        },
        pausedForRelease: {
          meta: refuses({ OPERATION_LAUNCHED: operationsPaused('paused for release'), OPERATION_PAUSED: alreadyPaused }),
          on: {
            PAUSE_EXTENDED: { guard: 'extensionIsWholeDays', actions: 'extendPause' },
            OPERATION_RESUMED: { guard: 'mayResumeOperations', target: 'resumed', actions: 'endPause' },
            CEASEFIRE_BEGAN: { ...beginCeasefire, actions: ['endPause', 'startCeasefire'] },
          },
        },
        ceasefire: {
          meta: refuses({
            OPERATION_LAUNCHED: operationsPaused('in a ceasefire'),
            OPERATION_PAUSED: alreadyInCeasefire,
            CEASEFIRE_BEGAN: alreadyInCeasefire,
            PAUSE_EXTENDED: notPaused('in a ceasefire'),
          }),
          on: {
            OPERATION_RESUMED: { guard: 'mayResumeOperations', target: 'resumed', actions: 'endCeasefire' },
          },
        },
        resumed: {
          meta: refuses({ PAUSE_EXTENDED: notPaused('resumed'), OPERATION_RESUMED: nothingToResume('resumed') }),
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
          meta: refuses({ CROSSING_OPENED: noCrossingClosed }),
          on: {
            CROSSING_CLOSED: { guard: 'mayCloseCrossing', target: 'closed', actions: 'closeCrossing' },
          },
        },
        closed: {
          always: { guard: 'everyCrossingOpen', target: 'open' },
          on: {
            CROSSING_CLOSED: { guard: 'mayCloseAnotherCrossing', actions: 'closeCrossing' },
            CROSSING_OPENED: { guard: 'mayOpenCrossing', actions: 'openCrossing' },
          },
        },
      },
    },
  },
});
