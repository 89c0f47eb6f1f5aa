/**
 * Moves: the events a party can make at a moment, and sample events that fit
 * it. `truce play` offers them, searches try them, and the classroom will
 * offer them to each seat. Pure: a snapshot in, moves out.
 */
export { vocabularyFor, termsKind, DEFAULT_INPUT, DEFAULT_PARTIES, DEFAULT_TERMS, DEFAULT_CROSSING, type Vocabulary } from './vocabulary.js';
export { sampleEvent, senderKind, defaultTerms, principals, type SenderKind } from './sample-events.js';
export { allowedMoves, allowedMovesAt, refusedMoves, type Move, type RefusedMove, type MovePosition } from './available-moves.js';
export { movesToTry, regionEventTypes } from './moves-to-try.js';
export { defaultStart, defaultStartParts, startFrom, startInShort, UNDATED_START, type Start } from './start.js';
export { isHistorysEvent, isSameKindOfMove } from './same-move.js';
export { holdersInRecord, type Holders } from './holders.js';
