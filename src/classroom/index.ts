/** The classroom: a room where students play the parties from their browsers, and the teacher runs it. */
export { newJoinCode, newJoinCodes, newTeacherSecret, normaliseCode, sameSecret, CODE_ALPHABET, CODE_LENGTH } from './codes.js';
export { asSeat, asParty, seatMakes } from './seat-authority.js';
export { openRoom, recordSteps, injectRecordStep, seatOf, seatMoves, teacherMoves, act, inject, advanceTo, advanceBy, takenMoves, undo, control, holdSeat, giveNewCode, heldReason, type Room, type RoomMove, type RoomStatus, type RoomChange, type Seat, type Actor } from './room.js';
export { roomScenario, actorInWords, CLASS_SOURCE } from './session-scenario.js';
export { startClassServer, type ClassServerOptions, type RunningClass } from './server.js';
export { seatView, teacherView, projectorView, type SeatView, type TeacherView, type PublicView } from './room-view.js';
export { readClientMessage, clientMessageSchema, MAX_MESSAGE_BYTES, type ClientMessage } from './messages.js';
export { recordFileOf, recordHeader, recordEntries, recordLines, readRecord, restoreRoom, sessionScenarioText, MAX_RECORD_ENTRIES, type RecordEntry, type ReadRecord, type RoomOrigin, type RoomRecordHeader, type RoomAccess } from './session-file.js';
export { loadBriefsText, briefOn, briefsFileFor, briefsSchema, BRIEFS_EXPECTED, type Briefs, type Brief, type BriefPoint } from './briefs.js';
export { classDebrief, DEBRIEF_ROWS, type ClassDebrief, type DebriefRow } from './debrief.js';
