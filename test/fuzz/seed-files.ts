/**
 * The valid files the fuzz tests damage: the shipped scenarios and a fixed
 * sample of generated ones (YAML in several styles, and JSON), as bytes.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { asFile } from '../arbitraries/scenario-text.js';
import { validScenario } from '../arbitraries/scenarios.js';
import { shippedScenarioFiles } from '../scenario/helpers.js';

export interface SeedFile {
  /** The file name, which tells the loader YAML from JSON. */
  name: string;
  bytes: Uint8Array;
}

let cached: SeedFile[] | undefined;

export function seedFiles(): SeedFile[] {
  cached ??= [
    ...shippedScenarioFiles.map((path) => ({ name: path.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(path)) })),
    ...fc.sample(asFile(validScenario), { seed: 4_2024, numRuns: 10 }).map(({ file, text }, index) => ({
      name: `generated-${index + 1}-${file}`,
      bytes: new TextEncoder().encode(text),
    })),
  ];
  return cached;
}
