/** Scenario files: their format, loading them with positions, replaying them. Never prints. */
export * from './schema.js';
export { loadScenarioText, loadScenarioData, readScenarioFile, SCENARIO_EXPECTED, type ScenarioLoad } from './load-scenario.js';
export { checkScenario } from './check-scenario.js';
export { salvageScenario, type ScenarioParts, type SalvagedSteps } from './salvage.js';
export {
  replayScenario,
  findBranch,
  scenarioInput,
  scenarioStart,
  stepsToReplay,
  type Trace,
  type TraceStep,
  type Moment,
  type RecordedBy,
  type ReplayOptions,
} from './replay.js';
export { checkExpectations, type ExpectationResult } from './expectations.js';
export { scenarioAsYaml } from './scenario-yaml.js';
export { freeId } from './free-id.js';
