/** Writing output files: whole or not at all, never over the input, the same file twice, or something that is not a file. */
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputs, writeOutputs } from '../../src/cli/write-output.js';

const folder = mkdtempSync(join(tmpdir(), 'truce-write-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const at = (name: string) => join(folder, name);

describe('writeOutputs', () => {
  it('writes each file whole', async () => {
    expect(await writeOutputs([[at('a.svg'), '<svg/>'], [at('a.html'), '<p>']])).toEqual({ ok: true, value: undefined });
    expect(readFileSync(at('a.svg'), 'utf8')).toBe('<svg/>');
    expect(readFileSync(at('a.html'), 'utf8')).toBe('<p>');
  });

  it('refuses to write over the file the output is made from, and leaves it as it was', async () => {
    writeFileSync(at('scenario.yaml'), 'id: mine\n');

    const written = await writeOutputs([[at('scenario.yaml'), '<svg/>']], [at('scenario.yaml')]);

    expect(written).toMatchObject({ ok: false, problems: [{ code: 'cannot-write', message: expect.stringContaining('the file the output is made from; choose another name') }] });
    expect(readFileSync(at('scenario.yaml'), 'utf8')).toBe('id: mine\n');
  });

  it('refuses one file named for two outputs, before writing either', async () => {
    const written = await writeOutputs([[at('same.out'), 'one'], [join(folder, '.', 'same.out'), 'two']]);

    expect(written).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('is named for another output too') }] });
    expect(() => statSync(at('same.out'))).toThrow();
  });

  it('writes through a link, which stays a link', async () => {
    writeFileSync(at('target.txt'), 'old');
    symlinkSync(at('target.txt'), at('link.mmd'));

    await writeOutputs([[at('link.mmd'), 'new']]);

    expect(lstatSync(at('link.mmd')).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('target.txt'), 'utf8')).toBe('new');
  });

  it('keeps the permissions of a file it replaces', async () => {
    writeFileSync(at('private.svg'), 'old');
    chmodSync(at('private.svg'), 0o640);

    await writeOutputs([[at('private.svg'), 'new']]);

    expect(statSync(at('private.svg')).mode & 0o777).toBe(0o640);
  });

  it.each([
    ['a named pipe', () => (execFileSync('mkfifo', [at('pipe.svg')]), at('pipe.svg')), 'it is not a regular file'],
    ['a device', () => '/dev/null', 'it is not a regular file'],
    ['a folder', () => folder, 'it is a folder'],
    ['a file in a folder that does not exist', () => at('no/such/folder/out.svg'), 'its folder does not exist'],
  ])('refuses %s, saying why', async (_what, path, reason) => {
    const target = path();

    const written = await writeOutputs([[target, 'text']]);

    expect(written).toEqual({ ok: false, problems: [{ code: 'cannot-write', file: target, message: `cannot write "${target}": ${reason}${reason.endsWith('file') ? ' (a device, a pipe or a socket); give the name of a file to write' : ''}` }] });
  });
});

describe('checkOutputs', () => {
  it('says what writeOutputs would refuse, and writes nothing', async () => {
    writeFileSync(at('played.yaml'), 'id: played\n');

    expect(await checkOutputs([at('new-session.yaml')], [at('played.yaml')])).toEqual({ ok: true, value: undefined });
    expect(await checkOutputs([at('played.yaml')], [at('played.yaml')])).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('the file the output is made from') }] });
    expect(await checkOutputs([at('no-folder/session.yaml')])).toMatchObject({ ok: false, problems: [{ message: `cannot write "${at('no-folder/session.yaml')}": its folder does not exist` }] });
    expect(await checkOutputs([join(at('played.yaml'), 'session.yaml')])).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('part of the path is a file, not a folder') }] });
    expect(() => statSync(at('new-session.yaml'))).toThrow();
  });
});
