// Meetings, agenda, carry-over and Today in the built UI: the whole walk from planning a series
// to the carried point on the next meeting, with an axe scan and a screenshot of every state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { MockConfig, MockVault } from '../support/mock-backend';
import { audit, backend, launch, open, type Scheme } from './harness';

const vault: MockVault = { protection: 'keyring', passphrase: null, recoveryCode: 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV', keyringEntry: true };
const unlocked: MockConfig = { vault, settings: { recovery_code_confirmed: true }, withSample: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const itemTitles = (page: Page) =>
  page.getByTestId('agenda-item').evaluateAll((items) => items.map((el) => el.getAttribute('data-item-title')));

async function waitClosed(page: Page, testid: string) {
  await page.getByTestId(testid).waitFor({ state: 'detached' });
}

describe.each<Scheme>(['light', 'dark'])('meetings (%s)', (scheme) => {
  it('plan a series → prepare from a topic → discuss → carry over → next meeting', async () => {
    const s = await open(browser, unlocked, scheme);
    const { page } = s;
    await page.getByTestId('nav-tandems').click();
    await page.getByTestId('tandem-card').click();
    await page.getByTestId('tandem-overview').waitFor();
    await page.getByTestId('meetings-empty').waitFor();

    await page.getByTestId('meeting-plan-series').click();
    await page.getByTestId('series-dialog').waitFor();
    await page.getByTestId('series-preview').filter({ hasText: 'meetings will be planned' }).waitFor();
    await audit(s, '40-series-dialog');
    await page.getByTestId('series-save').click();
    await waitClosed(page, 'series-dialog');
    await page.getByTestId('meeting-row').first().waitFor();
    const dates = await page.getByTestId('meeting-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-local-date')!));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect((Date.parse(dates[1]!) - Date.parse(dates[0]!)) / 86_400_000).toBe(14);
    expect(await page.getByTestId('overview-next-meeting').textContent()).not.toContain('No meeting planned yet');
    await page.getByTestId('action-add').click();
    await page.getByTestId('action-title').fill('Draft the first LinkedIn post');
    await page.getByTestId('action-save').click();
    await page.getByTestId('action-item').waitFor();
    await audit(s, '41-overview-with-meetings');

    await page.getByTestId('meeting-row').first().locator('a').click();
    await page.getByTestId('meeting-page').waitFor();
    await page.getByTestId('agenda-empty').waitFor();
    await audit(s, '42-meeting-empty');

    await page.getByTestId('agenda-add-from-topic').click();
    await page.getByTestId('agenda-topic-select').selectOption({ label: 'AI at work' });
    await page.getByTestId('agenda-topic-questions').waitFor();
    await page.getByTestId('agenda-insert-all').click();
    await audit(s, '43-agenda-item-dialog-topic');
    await page.getByTestId('agenda-item-save').click();
    await waitClosed(page, 'agenda-item-dialog');

    await page.getByTestId('agenda-add').click();
    await page.getByTestId('agenda-item-title').fill('Feedback on the LinkedIn draft');
    await page.getByTestId('agenda-item-minutes').fill('120');
    await page.getByTestId('agenda-item-shared').uncheck();
    await page.getByTestId('agenda-item-save').click();
    await waitClosed(page, 'agenda-item-dialog');
    await expect.poll(() => itemTitles(page)).toEqual(['AI at work', 'Feedback on the LinkedIn draft']);
    // The topic's questions became the item's preparation notes: a Markdown list, rendered.
    await page.locator('[data-item-title="AI at work"] [data-testid="agenda-item-notes"] li').first().waitFor();
    await page.getByTestId('agenda-over').waitFor();
    await audit(s, '44-meeting-agenda-over');

    // Keyboard reorder, then drag it back.
    await page.locator('[data-item-title="Feedback on the LinkedIn draft"] [data-testid="agenda-item-edit"]').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => itemTitles(page)).toEqual(['Feedback on the LinkedIn draft', 'AI at work']);
    await page
      .locator('[data-item-title="AI at work"] [data-drag-handle]')
      .dragTo(page.locator('[data-item-title="Feedback on the LinkedIn draft"]'), { targetPosition: { x: 40, y: 5 } });
    await expect.poll(() => itemTitles(page)).toEqual(['AI at work', 'Feedback on the LinkedIn draft']);

    await page.getByTestId('agenda-item').first().getByTestId('agenda-item-discussed').check();
    await page.getByTestId('agenda-carry-over').click();
    await page.getByTestId('agenda-next-meeting').waitFor();
    await audit(s, '45-meeting-carried');

    await page.getByTestId('meeting-edit').click();
    await page.getByTestId('meeting-scope').waitFor();
    await audit(s, '46-meeting-edit-dialog');
    await page.keyboard.press('Escape');
    await waitClosed(page, 'meeting-dialog');
    await page.getByTestId('meeting-cancel').click();
    await page.getByTestId('meeting-cancel-dialog').waitFor();
    await audit(s, '47-meeting-cancel-dialog');
    await page.getByTestId('meeting-cancel-keep').click();
    await waitClosed(page, 'meeting-cancel-dialog');

    await page.getByTestId('agenda-next-meeting').click();
    await expect.poll(() => itemTitles(page)).toEqual(['Feedback on the LinkedIn draft']);
    expect(await page.getByTestId('agenda-item').getAttribute('data-shared')).toBe('false');
    await audit(s, '48-next-meeting-with-carried');
    const meetings = await backend(page, (m) => m.data.meetings.length);
    expect(meetings).toBeGreaterThanOrEqual(dates.length);

    // Actions with due dates show up on Today: one overdue, one due soon.
    const day = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    // The form stays open for the next action.
    await page.getByTestId('action-add').click();
    for (const [title, due] of [['Send Jonas the slides', day(-1)], ['Try the AI image tool', day(3)]] as const) {
      await page.getByTestId('action-title').fill(title);
      await page.getByTestId('action-due-date').fill(due);
      await page.getByTestId('action-save').click();
      await page.locator(`[data-action-title="${title}"]`).waitFor();
    }

    await page.getByTestId('nav-today').click();
    await page.getByTestId('today-next-meeting').waitFor();
    await page.getByTestId('today-overdue').waitFor();
    await page.getByTestId('today-due-soon').waitFor();
    await audit(s, '49-today-filled');
    // Editing and deleting an action right from Today.
    const soon = page.getByTestId('today-due-soon');
    await soon.getByTestId('action-edit').click();
    await soon.getByTestId('action-form').waitFor();
    await audit(s, '49a-today-action-edit');
    await soon.getByTestId('action-cancel').click();
    await soon.getByTestId('action-delete').click();
    await page.getByTestId('action-delete-dialog').waitFor();
    await audit(s, '49b-today-action-delete');
    await page.getByTestId('action-delete-cancel').click();
    await page.getByTestId('action-delete-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('today-overdue').getByTestId('action-done').click();
    await page.getByTestId('today-overdue').waitFor({ state: 'detached' });
    await s.close();
  });
});

describe('meetings in German, small window', () => {
  it('fits 760 × 560 and speaks German', async () => {
    const s = await open(browser, { ...unlocked, settings: { recovery_code_confirmed: true, language: 'de' } }, 'light', { width: 760, height: 560 });
    const { page } = s;
    await page.getByTestId('nav-tandems').click();
    await page.getByTestId('tandem-card').click();
    await page.getByTestId('meeting-plan-series').click();
    await page.getByTestId('series-save').click();
    await page.getByTestId('meeting-row').first().waitFor();
    expect(await page.getByTestId('meeting-status').first().textContent()).toBe('Geplant');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await page.getByTestId('meeting-row').first().locator('a').click();
    await page.getByTestId('agenda-add').click();
    await page.getByTestId('agenda-item-title').fill('Rückblick auf den letzten Monat');
    await page.getByTestId('agenda-item-save').click();
    await page.getByTestId('agenda-item').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(s, '50-meeting-de-small');
    await s.close();
  });
});
