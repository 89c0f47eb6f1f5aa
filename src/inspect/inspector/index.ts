/** The Stately inspector bridge: what `truce run --inspect` uses, and what a live viewer can reuse. */
export { inspectReplay, type InspectOptions, type InspectOutcome } from './inspect-replay.js';
export { startInspectorServer, type InspectorServer } from './inspector-server.js';
export { LOOPBACK } from '../listen.js';
export { recordReplay, type RecordedReplay } from './record-replay.js';
export { playLive, type Pacing } from './play-live.js';
export { STATELY_INSPECTOR_URL } from './bridge-page.js';
export type * from './messages.js';
