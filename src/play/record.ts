/**
 * Whether a session still follows the record. A session is on the record
 * while every turn ended with history's own move for it: then its moment is
 * history's, and history's next step means what it meant. Once a turn ends
 * otherwise, the session has left the record for good: history's later steps
 * (an answer to a proposal never tabled, a statement about it) no longer apply.
 * Pure.
 */
export { isHistorysEvent, isSameKindOfMove } from '../moves/index.js';
