/**
 * A seat edits a deal's list of phases in a real browser (Debian's Chromium):
 * each phase has its own inputs, and what the seat sets is the move the room
 * takes. From the January 2025 record, the three-phase deal on the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.js';
import { startClass, type ClassProcess } from './class-helpers.js';

let browser: Browser;
let room: ClassProcess;

beforeAll(async () => {
  room = await startClass(['scenarios/ceasefire-2025-01.yaml', '--from', 'deal-tabled']);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await room?.stop();
});

describe('a seat and a deal in phases', () => {
  it('edits each phase of a counter-proposal: its days, its withdrawal in words, whether its terms are still to be agreed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const teacher = await context.newPage();
    await teacher.goto(`${room.origin}/#teacher=${room.teacherSecret}`);
    await teacher.getByRole('button', { name: 'Start' }).click();
    const israel = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await israel.goto(`${room.origin}/#join=${room.codes.get('Israel')}`);

    const counter = israel.locator('#moves li', { has: israel.getByRole('button', { name: 'Answer with a counter-proposal' }) });
    await expect.poll(() => counter.locator('fieldset.phase legend').allTextContents()).toEqual(['Phase 1', 'Phase 2', 'Phase 3']);
    expect(await counter.getByRole('spinbutton', { name: 'phase 1: days' }).inputValue()).toBe('42');
    expect(await counter.getByRole('textbox', { name: 'phase 1: troop withdrawal' }).inputValue()).toBe('Israeli forces withdraw from populated areas');
    expect(await counter.getByRole('checkbox', { name: 'phase 2: terms still to be agreed' }).isChecked()).toBe(true);

    await counter.getByRole('spinbutton', { name: 'phase 1: days' }).fill('35');
    // A withdrawal in words, cleared, stays words to type when the list of moves is made again (here, the session paused).
    await counter.getByRole('textbox', { name: 'phase 1: troop withdrawal' }).fill('');
    await teacher.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => israel.locator('#where').textContent()).toMatch(/paused/);
    await teacher.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => israel.locator('#where').textContent()).not.toMatch(/paused/);
    expect(await counter.getByRole('textbox', { name: 'phase 1: troop withdrawal' }).inputValue()).toBe('');
    await counter.getByRole('textbox', { name: 'phase 1: troop withdrawal' }).fill('Israeli forces stay at the Philadelphi corridor');
    await counter.getByRole('checkbox', { name: 'phase 2: terms still to be agreed' }).uncheck();
    await counter.getByRole('spinbutton', { name: 'phase 2: days' }).fill('42');
    // A phase added at the end, and taken out again; then the third phase taken out too.
    await counter.getByRole('button', { name: 'Add a phase' }).click();
    expect(await counter.locator('fieldset.phase legend').allTextContents()).toEqual(['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4']);
    await counter.getByRole('button', { name: 'Take out the last phase' }).click();
    await counter.getByRole('button', { name: 'Take out the last phase' }).click();
    expect(await counter.locator('fieldset.phase legend').allTextContents()).toEqual(['Phase 1', 'Phase 2']);
    expect(await counter.getByRole('spinbutton', { name: 'phase 1: days' }).inputValue()).toBe('35');
    await israel.screenshot({ path: 'reports/class-phases.png' }).catch(() => undefined);
    await counter.getByRole('button', { name: 'Answer with a counter-proposal' }).click();

    await expect.poll(() => israel.locator('#answer').textContent()).toMatch(/counter-proposal/);
    await expect.poll(() => teacher.locator('#situation').textContent()).toMatch(/On the table: Israel's counter-proposal/);
    const table = (await teacher.locator('#situation').textContent())!;
    expect(table).toContain('phase 1: 35 days');
    expect(table).toContain('phase 2: 42 days');
    expect(table).toContain('2 phases');
    expect(table).not.toContain('phase 3');
  }, 60_000);
});
