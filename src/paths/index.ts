/** Event paths to a target state, found with xstate/graph. Pure: no files, no console. */
export { parseTarget, reachesTarget, describeTarget, type Target, type TargetResult } from './target.js';
export { vocabularyFor, DEFAULT_INPUT, DEFAULT_PARTIES, DEFAULT_TERMS, type Vocabulary } from './vocabulary.js';
export { sampleEvent, senderKind, defaultTerms, principals, type SenderKind } from './sample-events.js';
export { defaultStart, startFrom, type PathStart, type StartResult } from './start.js';
export { findPaths, type FoundPath, type PathStep, type SearchOptions, type SearchResult } from './search.js';
export { pathScenario, scenarioYaml, GENERATED_NOTE } from './path-scenario.js';
export { describePath, describePaths, stateLine } from './describe-paths.js';
export { nextSnapshot } from './pure-step.js';
