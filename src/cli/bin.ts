#!/usr/bin/env node
// With TRUCE_DEBUG, an internal error's stack names the TypeScript sources (from the bundle's source maps,
// when they are there): source maps must be on before the code is loaded, hence the imports below.
if (process.env.TRUCE_DEBUG) process.setSourceMapsEnabled(true);
const { processIo } = await import('./io.js');
const { main } = await import('./main.js');

process.exitCode = await main(process.argv.slice(2), processIo());
