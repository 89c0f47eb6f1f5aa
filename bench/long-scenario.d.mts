/** Types for long-scenario.mjs, so the TypeScript tests can use the same generator as the benchmark. */
import type { Scenario } from '../src/scenario/schema.js';

export declare const STEPS_PER_ROUND: number;
export declare function longScenario(stepCount: number): Scenario;
export declare function recordsOnlyScenario(stepCount: number): Scenario;
