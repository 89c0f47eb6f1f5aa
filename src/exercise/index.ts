/** Exercises that grade themselves: their format, loading them with positions, and grading solutions. Never prints. */
export * from './schema.js';
export type { Condition, EventPattern } from './condition.js';
export type { Criterion, CriterionKind } from './criterion.js';
export type { ExerciseStart } from './start.js';
export { parseExerciseText, completeExercise, type Exercise, type ExerciseLoad } from './load-exercise.js';
export { loadSolutionText, type Solution, type SolutionLoad } from './load-solution.js';
export { readExerciseFile, readExerciseFolder, findExercise, builtInExerciseFolder, dataFilesIn, type ExerciseShelf, type ExerciseLookup } from './read-exercise.js';
export { readSolutionFile, isFolder } from './read-solution.js';
export { runSolution, startSnapshot, type SolutionRun, type Moment } from './run-solution.js';
export { gradeSolution, shortestPathLength, goalConfiguration, type Grade } from './grade.js';
export { shortestPath, sampleEvents, standingKey, matchesConfiguration } from './shortest-path.js';
export { conditionInWords, constraintsInWords, configurationInWords } from './describe.js';
