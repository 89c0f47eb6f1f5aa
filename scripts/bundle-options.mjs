/** The esbuild options every bundle for Node.js shares: the command line's (scripts/build.mjs) and the benchmarks' (bench/run.mjs). */
export const NODE_BUNDLE = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages that ship ES modules beside UMD ones (jsonc-parser) are bundled from their modules.
  mainFields: ['module', 'main'],
  // Some bundled CommonJS code calls `require` for Node's own modules.
  banner: { js: "import { createRequire as __truceRequire } from 'node:module'; const require = __truceRequire(import.meta.url);" },
  logLevel: 'warning',
};
