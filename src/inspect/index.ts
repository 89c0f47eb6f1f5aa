/**
 * Live views of a replay: the Stately inspector's bridge (`truce run --inspect`) and the offline
 * viewer (`truce view`), both served on 127.0.0.1 only. The viewer page's own script is bundled
 * separately, from viewer/browser/main.ts.
 */
export { inspectReplay, recordReplay, playLive, startInspectorServer, STATELY_INSPECTOR_URL, LOOPBACK } from './inspector/index.js';
export type { InspectOptions, InspectOutcome, InspectorServer, RecordedReplay, Pacing } from './inspector/index.js';
export type * from './inspector/messages.js';
export { listenOn, listenOnLoopback } from './listen.js';
export { buildViewerData, type ViewerData, type ViewerLine, type ViewerSource, type ViewerDataOptions } from './viewer/viewer-data.js';
export { startViewerServer, type RunningViewer, type ViewerServerOptions } from './viewer/server.js';
export { viewerLengthProblem, viewerStepCount, VIEWER_MAX_STEPS } from './viewer/viewer-limit.js';
export { CHART_VARIANTS, type ChartVariant } from './viewer/chart-variants.js';
