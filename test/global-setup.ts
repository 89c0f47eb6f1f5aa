/**
 * Builds `src/` to `dist/` once before the tests, so the CLI tests run the compiled code as it is now.
 * Type errors do not stop the build (tsc still emits); `npm test` reports them in its typecheck step.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export default function buildOnce(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) process.stderr.write(`tsc reported problems (the build went on):\n${build.stdout}${build.stderr}`);
}
