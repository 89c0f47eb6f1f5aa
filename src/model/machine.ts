/**
 * The truce statechart. Four regions run side by side:
 *
 *   talks:      idle → proposal ⇄ rejected → accepted, and stalled from any
 *   operations: active ⇄ pausedForRelease / ceasefire → resumed
 *   access:     open ⇄ closed (closed while any named crossing is closed)
 *   agreement:  none → inForce → lapsed (its days ran out) / broken (operations
 *               resumed before its end day); a new deal puts one in force again
 *
 * Talks are about the proposal on the table; the agreement is the deal the
 * principals made, carried out in time. Talks may go on (a new proposal, a
 * rejection, a stall) while an agreement is in force, without touching it.
 *
 * Time moves with the events' dates: each accepted event moves the clock, and
 * `TIME_PASSED` moves it alone (step.ts sends one before any event dated after
 * the agreement's end day, so the agreement has lapsed before that event).
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
  noAgreementInForce,
  noCrossingClosed,
  nothingToResume,
  notPaused,
  operationsPaused,
  refuses,
  type StateMeta,
} from './state-refusals.js';

const stallTalks = { guard: 'detailsAreText', target: '#truce.talks.stalled', actions: 'recordStall' } as const;

const tableProposal = {
  guard: 'mayTableProposal',
  target: '.proposal',
  actions: 'tableProposal',
} as const;

const counterProposal = { ...tableProposal, guard: 'mayCounterProposal' } as const;

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

/** What an agreement that is not in force refuses. */
const notInForce = (why: 'none' | 'lapsed' | 'broken') => refuses({ AGREEMENT_EXTENDED: noAgreementInForce(why), PHASE_BEGAN: noAgreementInForce(why) });

/** A deal every principal has just accepted takes force, from whatever state the agreement is in. */
const dealTakesForce = { guard: 'newDealAgreed', target: '#truce.agreement.inForce', actions: 'putDealInForce' } as const;

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
    HOSTAGE_COUNT_REVISED: { guard: 'mayReviseHostageCount', actions: 'recordHostageCountRevision' },
    PRISONERS_RELEASED: { guard: 'mayReleasePrisoners', actions: 'recordPrisonerRelease' },
    AID_DELIVERED: { guard: 'mayDeliverAid', actions: 'recordAidDelivery' },
    TIME_PASSED: { guard: 'mayPassTime', actions: 'passTime' },
    VIOLATION_REPORTED: { guard: 'mayReportViolation', actions: 'recordViolation' },
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
        COUNTER_PROPOSAL: counterProposal,
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
          // The deal is in the agreement region now; talks may go on about the next step.
          on: { TALKS_STALLED: stallTalks },
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
            PAUSE_EXTENDED: { guard: 'mayExtendPause', actions: 'extendPause' },
            OPERATION_RESUMED: { guard: 'mayResumeOperations', target: 'resumed', actions: ['endPause', 'recordResumption'] },
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
            OPERATION_RESUMED: { guard: 'mayResumeOperations', target: 'resumed', actions: ['endCeasefire', 'recordResumption'] },
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
    agreement: {
      initial: 'none',
      states: {
        none: {
          meta: notInForce('none'),
          always: dealTakesForce,
        },
        inForce: {
          // Checked after every event: the clock past the end day, or operations resumed.
          always: [
            dealTakesForce,
            { guard: 'agreedDaysRanOut', target: 'lapsed', actions: 'lapseAgreement' },
            { guard: 'resumedAtExpiry', target: 'lapsed', actions: 'lapseAgreement' },
            { guard: 'resumedBeforeEndDay', target: 'broken', actions: 'breakAgreement' },
          ],
          on: {
            AGREEMENT_EXTENDED: { guard: 'mayExtendAgreement', actions: 'extendAgreement' },
            PHASE_BEGAN: { guard: 'mayBeginPhase', actions: 'beginPhase' },
          },
        },
        lapsed: {
          meta: notInForce('lapsed'),
          always: dealTakesForce,
        },
        broken: {
          meta: notInForce('broken'),
          always: dealTakesForce,
        },
      },
    },
  },
});
