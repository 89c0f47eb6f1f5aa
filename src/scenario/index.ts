/** Scenario files: their format, loading them with positions, replaying them. Never prints. */
export * from './schema.js';
export * from './issue.js';
export { loadScenarioText, type LoadResult } from './load-scenario.js';
export { readScenarioFile, MAX_SCENARIO_BYTES } from './read-scenario.js';
export { replayScenario, scenarioInput, stepsToReplay, UnknownBranchError, type Trace, type TraceStep, type ReplayOptions } from './replay.js';
export { checkExpectations, type ExpectationResult } from './expectations.js';
export { nearestName, didYouMean } from './suggest.js';
export { MAX_ALIAS_COUNT } from './parse-text.js';
