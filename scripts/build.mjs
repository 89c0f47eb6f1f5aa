/**
 * The build: esbuild bundles the command line (src/cli/bin.ts, every
 * dependency inside, so the package installs with nothing else and starts
 * fast) and the viewer page's script (src/inspect/viewer/browser/main.ts, with
 * the shared words, for the browser). Types are checked by `npm run
 * typecheck`, not here.
 *
 * Usage: node scripts/build.mjs
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

await rm(`${root}/dist`, { recursive: true, force: true });

await Promise.all([
  build({
    absWorkingDir: root,
    entryPoints: ['src/cli/bin.ts'],
    outdir: 'dist/cli',
    bundle: true,
    // Commands and their heavy libraries (graph layout, the inspector bridge) load only when used.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages that ship ES modules beside UMD ones (jsonc-parser) are bundled from their modules.
    mainFields: ['module', 'main'],
    // Some bundled CommonJS code calls `require` for Node's own modules.
    banner: { js: "import { createRequire as __truceRequire } from 'node:module'; const require = __truceRequire(import.meta.url);" },
    // Optional native speed-ups of `ws`; it works without them.
    external: ['bufferutil', 'utf-8-validate'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  }),
  build({
    absWorkingDir: root,
    entryPoints: ['src/inspect/viewer/browser/main.ts'],
    outfile: 'dist/viewer.js',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  }),
]);
