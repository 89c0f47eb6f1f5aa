/** Each kind of move as a menu line, in the imperative a player reads ("Accept the proposal"). */
import type { EventType } from '../model/index.js';

export const MOVE_LABELS: Record<EventType, string> = {
  TALKS_OPENED: 'Open a round of talks',
  PROPOSAL_TABLED: 'Put a proposal on the table',
  COUNTER_PROPOSAL: 'Answer with a counter-proposal',
  PROPOSAL_ACCEPTED: 'Accept the proposal',
  PROPOSAL_REJECTED: 'Reject the proposal',
  TALKS_STALLED: 'Let the talks stall',
  OPERATION_LAUNCHED: 'Launch a military operation',
  OPERATION_PAUSED: 'Pause operations for the release of hostages',
  PAUSE_EXTENDED: 'Extend the pause',
  OPERATION_RESUMED: 'Resume operations',
  CEASEFIRE_BEGAN: 'Begin a ceasefire',
  VIOLATION_REPORTED: 'Report a violation',
  HOSTAGES_RELEASED: 'Release hostages',
  HOSTAGE_DEATHS_REPORTED: 'Report deaths of hostages',
  PRISONERS_RELEASED: 'Release prisoners',
  CROSSING_CLOSED: 'Close a crossing',
  CROSSING_OPENED: 'Open a crossing',
  POSITION_STATED: 'State a position',
  STATEMENT: 'Make a statement',
  CASUALTIES_REPORTED: 'Report the death toll',
};
