/**
 * The package as npm gives it to a class: `npm pack`, then installed from the
 * tarball into an empty folder with npm offline, with no build step. Every
 * dependency is bundled, so nothing else is fetched; the command then replays
 * a shipped scenario, grades an answer to a shipped exercise and simulates
 * from shipped assumptions on two worker threads. The answer keys stay out:
 * students install this package, so it has no reference solutions.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'truce-package-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the npm package', () => {
  it('installs from its tarball offline, with no dependency to fetch, and runs', () => {
    // --ignore-scripts: `prepare` would build dist/ again, deleting it under the other tests that run the
    // command at the same time; the global setup has built it already.
    const tarball = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', folder], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
    const app = join(folder, 'class');
    execFileSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), '{ "name": "a-class", "private": true }\n');

    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(folder, tarball)], { cwd: app, encoding: 'utf8' });
    const installed = join(app, 'node_modules');
    const truce = join(installed, '.bin', 'truce');
    const run = spawnSync(truce, ['run', join(installed, 'truce-sim', 'scenarios', 'pause-2023-11.yaml')], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    // Two worker threads: the pool's own thread script is bundled too.
    const simulated = spawnSync(truce, ['simulate', join(installed, 'truce-sim', 'assumptions', 'symmetric.yaml'), '--runs', '20', '--days', '10', '--workers', '2', '--json'], { cwd: app, encoding: 'utf8' });
    writeFileSync(
      join(app, 'answer.yaml'),
      'steps:\n  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } } }\n' +
        '  - { id: hamas, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas } }\n  - { id: israel, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: israel } }\n',
    );
    const graded = spawnSync(truce, ['exercise', 'check', 'first-deal', 'answer.yaml'], { cwd: app, encoding: 'utf8' });
    const shownToTeacher = spawnSync(truce, ['exercise', 'show', 'first-deal', '--teacher'], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

    // Only the package itself: no dependency was installed beside it.
    expect(readdirSync(installed).filter((name) => !name.startsWith('.'))).toEqual(['truce-sim']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^✓ 24 steps, 24 accepted, 0 refused/m);
    expect(graded.status, graded.stderr).toBe(0);
    expect(simulated.status, simulated.stderr).toBe(0);
    expect(JSON.parse(simulated.stdout)).toMatchObject({ runs: 20, days: 10 });
    // No answer keys: the reference solutions stay in the repository, and show --teacher says so.
    expect(existsSync(join(installed, 'truce-sim', 'exercises', 'solutions'))).toBe(false);
    expect(shownToTeacher.stdout.replace(/\s+/g, ' ')).toContain('is not in this copy. The npm package of truce-sim leaves the reference solutions out');
    // The sources stay out of the package: the bundle and the data are all it needs.
    expect(readdirSync(join(installed, 'truce-sim')).sort()).toEqual(['README.md', 'assumptions', 'dist', 'exercises', 'package.json', 'scenarios']);
  });
});
