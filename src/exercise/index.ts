/** Exercises that grade themselves: their format, loading them with positions, and grading solutions. Never prints. */
export * from './schema.js';
export type { Condition, EventPattern } from './condition.js';
export type { Criterion, CriterionKind } from './criterion.js';
export type { ExerciseStart } from './start.js';
export { parseExerciseText, completeExercise, type Exercise, type ExerciseLoad } from './load-exercise.js';
export { loadSolutionText, type Solution, type SolutionLoad } from './load-solution.js';
export { readExerciseFile, readExerciseFolder, findExercise, readSolutionFile, MAX_SOLUTION_BYTES, isFolder, dataFilesIn, DATA_EXTENSIONS, type ExerciseShelf, type FolderListing } from './read-exercise.js';
export { runSolution, startSnapshot, type SolutionRun } from './run-solution.js';
export { gradeSolution, limitsOf, shortestPathLength, goalConfiguration, SHORTEST_PATH_DEPTH, type Grade } from './grade.js';
export type { ScoredCriterion } from './score.js';
export { conditionInWords, constraintsInWords, patternInWords, weighed, weightInWords } from './describe.js';
