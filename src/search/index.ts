/** The one search over the statechart: the shortest event paths, and a few others, from a moment to a configuration. Pure. */
export { findPaths, shortestPathLength, type FoundPath, type PathStep, type SearchOptions, type SearchResult } from './find-paths.js';
export { parseTarget, reachesTarget, describeTarget, type Target } from './target.js';
