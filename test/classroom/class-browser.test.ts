/**
 * A class in a real browser (Debian's Chromium): the teacher's console, the
 * projector and two seats, each in a browser context of its own (as on
 * different computers: nothing shared, not even storage), play a short session
 * to a deal. Each page
 * shows what the room sends; a move one seat makes reaches the others at once;
 * a move the rules refuse shows its reason; codes vanish from the address bar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.js';
import { startClass, type ClassProcess } from './class-helpers.js';

let browser: Browser;
let room: ClassProcess;

beforeAll(async () => {
  room = await startClass(['scenarios/rafah-2024-05.yaml', '--from', 'mediators-proposal']);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await room?.stop();
});

async function open(fragment: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${room.origin}/#${fragment}`);
  return page;
}

describe('a class in the browser', () => {
  it('plays a short session to a deal: teacher, Hamas and Israel on pages of their own', async () => {
    const teacher = await open(`teacher=${room.teacherSecret}`);
    await expect.poll(() => teacher.locator('#seats tr').count()).toBe(5);
    expect(teacher.url()).toBe(`${room.origin}/`);
    const hamas = await open(`join=${room.codes.get('Hamas')}`);
    const israel = await open(`join=${room.codes.get('Israel')}`);
    await expect.poll(() => hamas.locator('#title').textContent()).toMatch(/^Hamas — /);
    expect(hamas.url()).toBe(`${room.origin}/`);
    // The console counts who is connected to which seat.
    await expect.poll(() => teacher.locator('#seats tr:nth-child(2) td:nth-child(4)').textContent()).toBe('1');

    await expect.poll(() => hamas.locator('#moves').textContent()).toBe('Wait for the teacher to run the session.');
    await teacher.getByRole('button', { name: 'Start' }).click();

    // Words being typed stay as they are while the room changes around them.
    const statement = hamas.getByRole('textbox', { name: 'Make a statement: the words' });
    await statement.fill('Hamas says it studies the proposal.');
    await israel.getByRole('button', { name: 'Make a statement' }).click();
    await expect.poll(() => hamas.locator('#timeline').textContent()).toContain('the seat of Israel');
    expect(await statement.inputValue()).toBe('Hamas says it studies the proposal.');
    await hamas.getByRole('button', { name: 'Accept the proposal' }).click();
    await expect.poll(() => hamas.locator('#answer').textContent()).toBe('Hamas accepts the proposal');
    // Israel's page hears of it at once.
    await expect.poll(() => israel.locator('#timeline').textContent()).toContain('the seat of Hamas: Hamas accepts the proposal');

    // A move the rules refuse shows why: Israel cannot pause for a release while no deal is agreed.
    await israel.locator('#moves-panel details summary').click();
    await expect.poll(() => israel.locator('#refused').textContent()).toContain('Pause operations for the release of hostages: there is no agreed deal yet');

    await israel.getByRole('button', { name: 'Accept the proposal' }).click();
    await expect.poll(() => teacher.locator('#situation').textContent()).toMatch(/Agreement: in force/);

    // The teacher records a fact of the world with its own figure.
    const label = await teacher.locator('#inject-move option', { hasText: /death toll/i }).first().textContent();
    await teacher.locator('#inject-move').selectOption({ label: label! });
    await teacher.locator('#inject-details').getByRole('spinbutton', { name: 'death toll' }).fill('34844');
    await teacher.getByRole('button', { name: 'Record', exact: true }).click();
    await expect.poll(() => hamas.locator('#timeline').textContent()).toContain('34,844');

    // A move's numbers are the student's to set: a counter-proposal with a ceasefire of 21 days.
    const counter = hamas.locator('#moves li', { has: hamas.getByRole('button', { name: 'Answer with a counter-proposal' }) });
    await counter.getByRole('spinbutton', { name: 'days of ceasefire' }).fill('21');
    await counter.getByRole('button', { name: 'Answer with a counter-proposal' }).click();
    await expect.poll(() => israel.locator('#timeline').textContent()).toMatch(/counter-proposal[^\n]*21 days/);
    // The statechart marks where the talks are, on every page.
    await expect.poll(() => israel.locator('[data-state-id="truce.agreement.inForce"]').getAttribute('class')).toMatch(/\bactive\b/);
    expect(await israel.locator('[data-state-id="truce.agreement.none"]').getAttribute('class')).not.toMatch(/\bactive\b/);
    await expect.poll(() => hamas.locator('#situation').textContent()).toMatch(/Agreement: in force/);
    await teacher.screenshot({ path: 'reports/class-teacher.png' }).catch(() => undefined);
    await israel.screenshot({ path: 'reports/class-israel.png' }).catch(() => undefined);

    // The end: every page shows the debrief, the room beside the record; the projector shows no code.
    const projector = await open(`projector=${room.projectorSecret}`);
    await teacher.getByRole('button', { name: 'End' }).click();
    await expect.poll(() => hamas.locator('#debrief-panel').isVisible()).toBe(true);
    await expect.poll(() => projector.locator('#debrief-left').textContent()).toBe('The room left the record at row 1 (marked): from there on, its moves are its own.');
    expect(await projector.locator('#debrief-final').textContent()).toContain('in force');
    const shown = await projector.locator('body').innerText();
    for (const code of room.codes.values()) expect(shown).not.toContain(code);
    await projector.screenshot({ path: 'reports/class-projector.png', fullPage: true }).catch(() => undefined);
  }, 60_000);

  it('gives a seat a new code from the console: the seat’s page asks for a code, and joins with the new one', async () => {
    const teacher = await open(`teacher=${room.teacherSecret}`);
    const egypt = await open(`join=${room.codes.get('Egypt')}`);
    await expect.poll(() => egypt.locator('#title').textContent()).toMatch(/^Egypt — /);
    const codeCell = teacher.locator('#seats tr', { hasText: 'Egypt' }).locator('td.code');
    await expect.poll(() => codeCell.textContent()).toBe(room.codes.get('Egypt'));

    await teacher.getByRole('button', { name: 'New code: Egypt' }).click();

    await expect.poll(() => codeCell.textContent()).not.toBe(room.codes.get('Egypt'));
    const code = (await codeCell.textContent())!;
    expect(await teacher.locator('#answer').textContent()).toBe(`Egypt's new code is ${code}; the old one lets no one in.`);
    await expect.poll(() => egypt.locator('#join').isVisible()).toBe(true);
    expect(await egypt.locator('#answer').textContent()).toBe('this seat has a new code: ask the teacher for it');
    await egypt.locator('#code').fill(code);
    await egypt.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => egypt.locator('#answer').textContent()).toBe('You have joined the room as Egypt.');
    await teacher.screenshot({ path: 'reports/class-new-code.png' }).catch(() => undefined);
  }, 30_000);

  it('asks for the code again when a wrong one is given', async () => {
    const page = await open('join=AAAA-AAAA');
    await expect.poll(() => page.locator('#answer').textContent()).toBe('that code is not one of this room’s: check it with the teacher');
    await page.locator('#code').fill(room.codes.get('Qatar')!);
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => page.locator('#title').textContent()).toMatch(/^Qatar — /);
  }, 30_000);
});
