// The reminders inbox and Settings → Reminders in the built UI: keyboard use, an axe scan and a
// screenshot of every state, in light, dark and German.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { MockConfig, MockVault } from '../support/mock-backend';
import { audit, backend, launch, open, type Scheme } from './harness';

const vault: MockVault = { protection: 'keyring', passphrase: null, recoveryCode: 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV', keyringEntry: true };
const unavailable = {
  notifications: 'unavailable',
  reason: 'org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.Notifications was not provided by any .service files',
  next_at: '2026-03-03T12:30:00Z',
  tray: true,
  autostart: false,
} as const;
const config = (language: 'en' | 'de' = 'en'): MockConfig => ({
  vault,
  settings: { recovery_code_confirmed: true, time_zone: 'Europe/Berlin', language },
  reminders: { status: { ...unavailable }, notificationServer: false },
});

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A tandem and four delivered reminders, as the shell's loop would deliver them. */
async function deliver(page: Page): Promise<void> {
  // The shell listens for reminders-changed once it is shown.
  await expect
    .poll(() => backend(page, (m) => (m as unknown as { eventListeners?: Record<string, number[]> }).eventListeners?.['reminders-changed']?.length ?? 0))
    .toBe(1);
  await page.evaluate(() => {
    const mock = (window as unknown as { __eyelevelMock: import('../support/mock-backend').MockBackend }).__eyelevelMock;
    const tandem = mock.store.createTandem({
      title: 'Jonas & me',
      my_role: 'mentor',
      partner_name: 'Jonas Weber',
      partner_contact: null,
      program: null,
      start_date: '2026-01-05',
      planned_end_date: null,
      cadence: { every: 2, unit: 'week', minutes: 60 },
      focus_topic_ids: [],
    });
    const at = '2026-03-03T13:00:00Z';
    mock.deliverReminder({ kind: 'prepare_agenda', tandem_id: tandem.id, meeting_id: 7, subject_at: at, delivered_at: '2026-03-01T13:00:00Z', read: true, channel: 'notification' });
    mock.deliverReminder({ kind: 'meeting_soon', tandem_id: tandem.id, meeting_id: 7, subject_at: at, delivered_at: '2026-03-03T12:30:00Z', channel: 'inbox' });
    mock.deliverReminder({ kind: 'reflect', tandem_id: tandem.id, meeting_id: 7, subject_at: '2026-03-03T14:00:00Z', delivered_at: '2026-03-04T14:00:00Z', nudge: 2, channel: 'inbox' });
    mock.deliverReminder({ kind: 'action_due', tandem_id: tandem.id, action_id: 3, action_title: 'Send Jonas the article', subject_at: '2026-03-05T08:00:00Z', delivered_at: '2026-03-05T08:00:00Z', channel: 'inbox' });
  });
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

describe.each<Scheme>(['light', 'dark'])('reminders (%s)', (scheme) => {
  it('inbox → dismiss and mark all by keyboard → settings with every control', async () => {
    const s = await open(browser, config(), scheme);
    const { page } = s;
    await page.getByTestId('app-shell').waitFor();
    await deliver(page);
    const nav = page.getByRole('link', { name: 'Reminders, 3 unread' });
    await nav.waitFor();
    await nav.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('inbox-item').nth(3).waitFor();
    expect(await page.getByTestId('inbox-item-text').first().textContent()).toBe('An action item in “Jonas & me” is due on Thu, 5 Mar 2026.');
    expect(await page.getByTestId('inbox-unavailable').textContent()).toContain('Desktop notifications can’t be shown');
    await audit(s, '90-reminders-inbox');

    // Dismiss the newest by keyboard: focus goes to the next reminder's Open.
    await page.getByTestId('inbox-item-dismiss').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(3);
    await expect.poll(() => focused(page)).toBe('inbox-item-open');
    await page.getByTestId('inbox-mark-all').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('inbox-unread-count').filter({ hasText: 'All read' }).waitFor();
    await page.getByRole('link', { name: 'Reminders', exact: true }).waitFor();
    await audit(s, '91-reminders-inbox-read');

    // Open goes to the reminder's page.
    await page.getByTestId('inbox-item-open').first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/meetings/7');

    // Settings → Reminders through the banner's link.
    await page.getByTestId('nav-inbox').click();
    await page.getByTestId('inbox-settings-link').click();
    const section = page.getByTestId('settings-reminders');
    await section.getByTestId('reminder-rules').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('settings-reminders-title');
    expect(await page.getByTestId('reminders-status-reason').textContent()).toContain('org.freedesktop.DBus.Error.ServiceUnknown');
    await section.scrollIntoViewIfNeeded();
    await audit(s, '92-settings-reminders');

    // Switches by keyboard (Space), a lead time, and the test notification.
    await page.getByRole('switch', { name: 'Show the tandem title in notifications' }).focus();
    await page.keyboard.press('Space');
    await page.getByTestId('reminders-privacy-saved').filter({ hasText: 'Saved' }).waitFor();
    await page.getByRole('combobox', { name: 'Before a meeting: When', exact: true }).selectOption({ label: '10 minutes before' });
    await page.getByTestId('reminders-rules-saved').filter({ hasText: 'Saved' }).waitFor();
    await page.getByRole('switch', { name: 'Reflect after a meeting', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('combobox', { name: 'Reflect after a meeting: When' }).isDisabled()).toBe(true);
    await page.getByTestId('reminders-test').click();
    await page.getByTestId('reminders-test-result').filter({ hasText: 'The test notification couldn’t be shown.' }).waitFor();
    expect(await backend(page, (m) => JSON.stringify(m.calls.filter((c) => c.cmd === 'update_reminder_rule').map((c) => c.args)))).toBe(
      JSON.stringify([
        { tandemId: 100, rule: { kind: 'meeting_soon', enabled: true, lead_minutes: 10 } },
        { tandemId: 100, rule: { kind: 'reflect', enabled: false, lead_minutes: 120 } },
      ]),
    );

    // Quiet hours that start and end at the same time: the error at the field.
    await page.getByLabel('Until').fill('20:00');
    await page.getByLabel('Until').press('Tab');
    await page.getByTestId('reminders-quiet-end-error').waitFor();
    await page.getByTestId('reminders-quiet').scrollIntoViewIfNeeded();
    await audit(s, '93-settings-reminders-quiet-error');
    await page.getByLabel('Until').fill('07:30');
    await page.getByLabel('Until').press('Tab');
    await page.getByTestId('reminders-quiet-end-error').waitFor({ state: 'detached' });
    expect(await backend(page, (m) => JSON.stringify((m as unknown as { reminders: { settings: unknown } }).reminders.settings))).toBe(
      JSON.stringify({ show_tandem_title: true, quiet_hours: { start: '20:00', end: '07:30' }, keep_running_in_tray: false }),
    );
    await s.close();
  });
});

describe('reminders in German, small window', () => {
  it('fits 760 × 560 and speaks German', async () => {
    const s = await open(browser, config('de'), 'light', { width: 760, height: 560 });
    const { page } = s;
    await page.getByTestId('app-shell').waitFor();
    await deliver(page);
    await page.getByRole('link', { name: 'Erinnerungen, 3 ungelesen' }).click();
    await page.getByTestId('inbox-item').nth(3).waitFor();
    expect(await page.getByTestId('inbox-item-text').nth(1).textContent()).toBe(
      'Nimm dir einen Moment für die Reflexion zu deinem Treffen in „Jonas & me“, das am Di., 3. März 2026 um 15:00 endete.',
    );
    expect(await page.getByTestId('inbox-mark-all').textContent()).toContain('Alle als gelesen markieren');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(s, '94-reminders-inbox-de-small');

    for (let i = 0; i < 4; i++) await page.getByTestId('inbox-item-dismiss').first().click();
    await page.getByTestId('inbox-empty').waitFor();
    expect(await page.getByTestId('inbox-empty').textContent()).toContain('Keine Erinnerungen');
    await audit(s, '95-reminders-inbox-empty-de');

    await page.getByTestId('inbox-settings-link').click();
    await page.getByTestId('reminder-rules').waitFor();
    await backend(page, (m) => {
      (m as unknown as { reminders: { autostartFailing: boolean } }).reminders.autostartFailing = true;
    });
    await page.getByRole('switch', { name: 'Eyelevel bei der Anmeldung starten' }).click();
    await page.getByTestId('reminders-autostart-error').waitFor();
    expect(await page.getByTestId('reminders-autostart-error').textContent()).toContain('Eyelevel konnte nicht ändern, ob es bei der Anmeldung startet.');
    expect(await page.getByRole('combobox', { name: 'Agenda vorbereiten: Wann' }).inputValue()).toBe('2880');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await page.getByTestId('settings-reminders').scrollIntoViewIfNeeded();
    await audit(s, '96-settings-reminders-de-small');
    await s.close();
  });
});
