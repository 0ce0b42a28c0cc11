// Calendar export, invitation import and the Calendar settings in the built UI: keyboard use,
// an axe scan and a screenshot of every state, in light, dark and German.
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

/** Sets part of the mock's calendar state (see tests/support/mock-calendar.ts). */
function setCalendar(page: Page, state: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(
    ([s]) => {
      const mock = (window as unknown as { __eyelevelMock: { calendar?: Record<string, unknown> } }).__eyelevelMock;
      mock.calendar = { ...(mock.calendar ?? {}), ...s };
    },
    [state],
  );
}

async function sampleTandemWithSeries(page: Page) {
  await page.getByTestId('nav-tandems').click();
  await page.getByTestId('tandem-card').click();
  await page.getByTestId('tandem-overview').waitFor();
  await page.getByTestId('meeting-plan-series').click();
  await page.getByTestId('series-save').click();
  await page.getByTestId('series-dialog').waitFor({ state: 'detached' });
  await page.getByTestId('meeting-row').first().waitFor();
}

const failingFeed = {
  settings: { agenda_detail: 'with_prep_notes', alarm_minutes: 60, feed_folder: '/home/alex/Calendars' },
  feed: {
    path: '/home/alex/Calendars/eyelevel.ics',
    written_at: '2026-11-20T08:00:00Z',
    events: 12,
    error: { code: 'feed_folder_invalid', message: 'gone', field: 'feed_folder' },
  },
  feedFailing: true,
};

describe.each<Scheme>(['light', 'dark'])('calendar (%s)', (scheme) => {
  it('export menu → import preview → import → settings with the feed', async () => {
    const s = await open(browser, unlocked, scheme);
    const { page } = s;
    await sampleTandemWithSeries(page);

    // Export menu on a meeting of the series, by keyboard.
    await page.getByTestId('meeting-row').first().locator('a').click();
    await page.getByTestId('meeting-page').waitFor();
    await page.getByTestId('calendar-add').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menu').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('This meeting');
    await audit(s, '80-calendar-export-menu');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('announcer').filter({ hasText: /Saved \d+ events to eyelevel-/ }).waitFor();
    expect(await backend(page, (m) => m.calls.filter((c) => c.cmd === 'export_calendar').length)).toBe(1);

    // Import with a preview.
    await page.getByTestId('meeting-back').click();
    await page.getByTestId('calendar-import').click();
    await page.getByTestId('import-row').first().waitFor();
    expect(await page.getByTestId('import-row').count()).toBe(8);
    await page.getByTestId('import-submit').filter({ hasText: 'Import 5 meetings' }).waitFor();
    await audit(s, '81-calendar-import-preview');

    await page.getByTestId('import-all-day-minutes').fill('5');
    await page.getByTestId('import-all-day-minutes').press('Enter');
    await page.getByTestId('import-all-day-minutes-error').waitFor();
    expect(await page.getByTestId('import-submit').isDisabled()).toBe(true);
    await audit(s, '82-calendar-import-field-error');
    await page.getByTestId('import-all-day-minutes').fill('90');
    await page.getByTestId('import-all-day-minutes').press('Tab');
    await page.getByTestId('import-row').nth(3).filter({ hasText: 'lasts 90 min' }).waitFor();
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('announcer').filter({ hasText: 'Invitation imported: 3 new' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('calendar-import');

    // A file that is no calendar: the error inside the dialog; Escape closes it.
    await setCalendar(page, { openFile: '/home/alex/Downloads/broken.ics' });
    await page.getByTestId('calendar-import').click();
    await page.getByTestId('import-error').waitFor();
    await audit(s, '83-calendar-import-error');
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    // Settings → Calendar, with a feed whose folder went away.
    await setCalendar(page, failingFeed);
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('settings-calendar');
    await section.getByTestId('calendar-feed-status-error').waitFor();
    await section.scrollIntoViewIfNeeded();
    await audit(s, '84-settings-calendar-feed-error');
    await setCalendar(page, { feedFailing: false });
    await page.getByTestId('calendar-feed-retry').click();
    await page.getByTestId('calendar-feed-status-error').waitFor({ state: 'detached' });
    await page.getByTestId('calendar-agenda-none').check();
    await page.getByTestId('calendar-saved').filter({ hasText: 'Saved' }).waitFor();
    await page.getByTestId('calendar-alarm').selectOption({ label: '1 day before' });
    await expect.poll(() => backend(page, (m) => JSON.stringify(m.calls.filter((c) => c.cmd === 'update_calendar_settings').map((c) => c.args)))).toBe(
      JSON.stringify([{ patch: { agenda_detail: 'none' } }, { patch: { alarm_minutes: 1440 } }]),
    );
    await audit(s, '85-settings-calendar');
    await s.close();
  });
});

describe('calendar in German, small window', () => {
  it('fits 760 × 560 and speaks German', async () => {
    const s = await open(browser, { ...unlocked, settings: { recovery_code_confirmed: true, language: 'de' } }, 'light', { width: 760, height: 560 });
    const { page } = s;
    await sampleTandemWithSeries(page);
    await page.getByTestId('calendar-import').click();
    await page.getByTestId('import-row').first().waitFor();
    expect(await page.getByTestId('import-submit').textContent()).toContain('5 Treffen importieren');
    expect(await page.getByTestId('import-row-action').first().textContent()).toBe('Übersprungen');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(s, '86-calendar-import-preview-de-small');
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    await setCalendar(page, failingFeed);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('calendar-feed-status-error').waitFor();
    expect(await page.getByTestId('calendar-feed-status-error').textContent()).toContain('Die Feed-Datei konnte nicht geschrieben werden');
    expect(await page.getByTestId('calendar-agenda-with_prep_notes').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await page.getByTestId('settings-calendar').scrollIntoViewIfNeeded();
    await audit(s, '87-settings-calendar-de-small');
    await s.close();
  });
});
