/**
 * Files shipped with truce-sim, found from where the compiled command runs:
 * the code is in dist/cli/ (or src/cli/ under the tests), two folders below
 * the package's root.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** A path inside the package. */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}

/** The package version, from its package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The scenario `truce play` and `npm start` use when none is named: the May 2024 talks. */
export const DEFAULT_SCENARIO = packagePath('scenarios/rafah-2024-05.yaml');

/** The exercises shipped with truce-sim. */
export const BUILT_IN_EXERCISES = packagePath('exercises');
