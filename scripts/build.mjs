/**
 * The build: esbuild bundles the command line (src/cli/bin.ts, every
 * dependency inside, so the package installs with nothing else and starts
 * fast) and the pages' scripts (the viewer's, src/inspect/viewer/browser/main.ts,
 * and the classroom's, src/classroom/browser/main.ts, with the shared words, for
 * the browser). Types are checked by `npm run
 * typecheck`, not here.
 *
 * Usage: node scripts/build.mjs
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The packages whose code is bundled (from the builds' metafiles), each once. */
function bundledPackages(metafiles) {
  const packages = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) packages.add(match[1]);
    }
  }
  return [...packages].sort();
}

/**
 * The licences of the bundled packages, in one file beside the bundle: their code ships inside
 * dist/, and their licences ask that their notices go with it.
 */
async function writeLicences(packages) {
  const sections = [];
  for (const name of packages) {
    const folder = join(root, 'node_modules', name);
    const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
    const licenceFile = (await readdir(folder)).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
    const text = licenceFile ? await readFile(join(folder, licenceFile), 'utf8') : `${manifest.license ?? 'see the package'} (no licence file in the package)`;
    sections.push(`${name} ${manifest.version} — ${manifest.license ?? 'unknown licence'}\n\n${text.trim()}\n`);
  }
  const intro = 'truce-sim bundles the code of these packages in dist/. The source of each is on the npm registry, under its name and version (npm pack <name>@<version>). Their licences follow.\n';
  await writeFile(join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'), `${intro}\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`);
}

/** A page's script for the browser (the viewer's, the classroom's), with the shared words, in one file. */
function browserBundle(entry, outfile) {
  return build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
}

await rm(`${root}/dist`, { recursive: true, force: true });

const results = await Promise.all([
  build({
    ...NODE_BUNDLE,
    absWorkingDir: root,
    // The simulation's worker threads run a script of their own, beside the command's.
    entryPoints: { bin: 'src/cli/bin.ts', 'simulate-worker': 'src/simulate/worker.ts' },
    outdir: 'dist/cli',
    // Commands and their heavy libraries (graph layout, the inspector bridge) load only when used.
    splitting: true,
    // Optional native speed-ups of `ws`; it works without them.
    external: ['bufferutil', 'utf-8-validate'],
    minify: true,
    sourcemap: 'linked',
    // The licences of bundled packages go in one file of their own (THIRD-PARTY-LICENSES.txt).
    legalComments: 'none',
    metafile: true,
  }),
  // Tinypool starts each worker thread from a script of its own, which it finds beside its code
  // (`<its module>/../entry/worker.js`); bundled into dist/cli/, its code looks in dist/cli/entry/.
  build({
    ...NODE_BUNDLE,
    absWorkingDir: root,
    entryPoints: ['node_modules/tinypool/dist/entry/worker.js'],
    outfile: 'dist/cli/entry/worker.js',
    minify: true,
    legalComments: 'none',
    metafile: true,
  }),
  browserBundle('src/classroom/browser/main.ts', 'dist/class.js'),
  browserBundle('src/inspect/viewer/browser/main.ts', 'dist/viewer.js'),
]);

await writeLicences(bundledPackages(results.map((result) => result.metafile)));
