/**
 * `truce simulate`: many seeded runs of the talks from a start, each party's
 * moves chosen by a policy among the moves the statechart allows, with the
 * chances an assumptions file states. Exploratory, not a forecast. Reads only
 * the assumptions file and the scenario it names; writes nothing.
 */
export { PARAMETERS, PARAMETER_NAMES, type ParameterName, type RunParameters } from './parameters.js';
export { assumptionsSchema, assumptionsJsonSchema, MAX_RUNS, MAX_DAYS } from './assumptions-schema.js';
export { parseAssumptionsText, completeAssumptions, plainParameters, DEFAULT_RUNS, DEFAULT_DAYS, DEFAULT_SEED, type Assumptions } from './load-assumptions.js';
export { readAssumptionsFile } from './read-assumptions.js';
export { runSetup, type Overrides } from './setup.js';
export { runOnce, type RunSetup, type RunResult, type DayState } from './run-once.js';
export { runBatch } from './batch.js';
export { runAll, type PoolOptions, type PoolRequest } from './pool.js';
export { shardRange, totalRuns, pointOf, replicateOf, type Plan, type Shard } from './plan.js';
export { summarise, type Summary } from './summary.js';
export { screen, withinNoise, SCREENED, type ParameterEffect, type Varied, type ScreenedOutcome } from './sensitivity.js';
export { parseSweep, gridPoints, samplePoints, rangedParameters, type Sweep } from './points.js';
export { summaryDocument, summaryText, DISCLAIMER, type Provenance } from './report.js';
export { rowsToCsv, csvToRows } from './rows-csv.js';
export { rowsToParquet } from './rows-parquet.js';
export { runScenario } from './run-scenario.js';
export { OUTCOME_COLUMNS, type RunRow, type RunOutcome } from './outcome.js';
export { parameterColumns } from './parameters.js';
