/** `truce paths`: where a path starts, paths in words, and a path written back as a scenario. Pure: no files, no console. */
export { defaultStart, startFrom, type Start as PathStart } from '../moves/index.js';
export { pathScenario, scenarioYaml, GENERATED_NOTE } from './path-scenario.js';
export { describePath, describePaths, type TermsNote } from './describe-paths.js';
export { termsOrigins, termsOriginInWords, type TermsOrigin } from './terms-origin.js';
