/**
 * The layout of src/ is the architecture: each folder is a kit or a feature
 * with one public surface (its index.ts), and dependencies run one way. This
 * test reads every import in src/ and holds the code to that: a folder that
 * reaches into another's files, or an import that runs against the layers,
 * fails here with the file and the import named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** What each folder may import from the others (besides itself). The kits come first; the command line may use all. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  words: ['model', 'scenario'],
  files: ['words'],
  scenario: ['model', 'files', 'words'],
  moves: ['model', 'scenario', 'files', 'words'],
  search: ['model', 'moves', 'files', 'words'],
  paths: ['model', 'scenario', 'moves', 'search', 'files', 'words'],
  // Exercises compare a solution with the path truce paths writes (allowPaths: false), with the paths kit that writes it.
  exercise: ['model', 'scenario', 'moves', 'search', 'paths', 'files', 'words'],
  play: ['model', 'scenario', 'moves', 'files', 'words'],
  simulate: ['model', 'scenario', 'moves', 'files', 'words'],
  export: ['model', 'scenario', 'words', 'simulate'],
  inspect: ['model', 'scenario', 'files', 'words'],
  classroom: ['model', 'scenario', 'moves', 'files', 'words', 'inspect'],
  cli: ['model', 'words', 'files', 'scenario', 'moves', 'search', 'paths', 'exercise', 'play', 'export', 'inspect', 'simulate', 'classroom'],
};

/** Imports that need not name a type only, for the kits the viewer page bundles: words may use the model's party helpers. */
const TYPE_ONLY: Record<string, readonly string[]> = { words: ['scenario'] };

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Import {
  file: string;
  target: string;
  typeOnly: boolean;
}

/** Every relative import and dynamic import of a file, resolved to a path under src/. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/(import|export)\s+(type\s+)?[^'";]*?\sfrom\s+'(\.{1,2}\/[^']+)'|import\('(\.{1,2}\/[^']+)'\)/g)) {
    const specifier = match[3] ?? match[4]!;
    found.push({ file, target: resolve(dirname(file), specifier.replace(/\.js$/, '.ts')), typeOnly: match[2] !== undefined });
  }
  return found;
}

const folderOf = (path: string) => relative(SRC, path).split(sep)[0]!;
const shown = (path: string) => relative(join(SRC, '..'), path);

const imports = sourceFiles(SRC).flatMap(importsOf);
const crossing = imports.filter((one) => folderOf(one.file) !== folderOf(one.target));

describe('the layout of src/', () => {
  it('has exactly the folders the layers name, each with an index.ts', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

    expect(folders.sort()).toEqual(Object.keys(MAY_IMPORT).sort());
    for (const folder of folders.filter((name) => name !== 'cli')) expect(readdirSync(join(SRC, folder))).toContain('index.ts');
  });

  it('reads some hundreds of imports, so a broken reader cannot pass by finding none', () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(crossing.length).toBeGreaterThan(100);
  });

  it('imports another folder only through its index.ts', () => {
    const intoInternals = crossing.filter((one) => relative(join(SRC, folderOf(one.target)), one.target) !== 'index.ts');

    expect(intoInternals.map((one) => `${shown(one.file)} imports ${shown(one.target)}`)).toEqual([]);
  });

  it('imports only the folders below it in the layers', () => {
    const against = crossing.filter((one) => !MAY_IMPORT[folderOf(one.file)]!.includes(folderOf(one.target)));

    expect(against.map((one) => `${shown(one.file)} (${folderOf(one.file)}) imports ${folderOf(one.target)}`)).toEqual([]);
  });

  it('takes only types from the folders a kit may know only by their types', () => {
    const valueImports = crossing.filter((one) => TYPE_ONLY[folderOf(one.file)]?.includes(folderOf(one.target)) && !one.typeOnly);

    expect(valueImports.map((one) => `${shown(one.file)} imports values from ${shown(one.target)}`)).toEqual([]);
  });

  it('keeps the model free of every other folder, and of files and the console', () => {
    const modelFiles = sourceFiles(join(SRC, 'model'));
    const io = modelFiles.filter((file) => /from 'node:|\bprocess\.[a-z]|\bconsole\.[a-z]/.test(readFileSync(file, 'utf8')));

    expect(crossing.filter((one) => folderOf(one.file) === 'model').map((one) => shown(one.file))).toEqual([]);
    expect(io.map(shown)).toEqual([]);
  });
});
