// Meeting notes and reflection in the built UI under the app's CSP: the CodeMirror editor
// renders styled and takes typing and shortcuts, autosave shows its state, rendered Markdown
// never runs scripts, and the Settings prompt editor; axe scans and screenshots of each state.
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

/** A meeting of the sample tandem that was held two hours ago; returns its id. */
function heldMeeting(page: Page): Promise<number> {
  return backend(page, (mock) => {
    const tandem = mock.store.data.tandems[0]!;
    const day = new Date(Date.now() + 7 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
    const meeting = mock.meetings.planMeeting(tandem.id, { date, time: '16:00', duration_minutes: 60, place: 'Café', video_link: null });
    const stored = mock.store.data.meetings.find((m) => m.id === meeting.id)!;
    stored.starts_at = new Date(Date.now() - 3 * 3_600_000).toISOString();
    stored.ends_at = new Date(Date.now() - 2 * 3_600_000).toISOString();
    stored.status = 'held';
    return meeting.id;
  });
}

const saveState = (page: Page, testid: string) => page.getByTestId(testid).getAttribute('data-state');

describe.each<Scheme>(['light', 'dark'])('notes and reflection (%s)', (scheme) => {
  it('write notes → preview → reflect (with a script tag) → read back; prompts in Settings', async () => {
    const s = await open(browser, unlocked, scheme);
    const { page } = s;
    await page.getByTestId('app-shell').waitFor();
    const id = await heldMeeting(page);
    await page.evaluate((meetingId) => (location.hash = `#/meetings/${meetingId}`), id);
    await page.getByTestId('meeting-page').waitFor();

    // The editor is styled by CodeMirror's theme (adopted stylesheet, allowed by the CSP).
    const content = page.getByTestId('notes-editor');
    await content.waitFor();
    const styles = await page.evaluate(() => {
      const editor = document.querySelector('[data-testid="meeting-notes-section"] .cm-editor')!;
      const text = editor.querySelector('.cm-content')!;
      return { display: getComputedStyle(editor).display, whiteSpace: getComputedStyle(text).whiteSpace, adopted: document.adoptedStyleSheets.length };
    });
    expect(styles).toEqual({ display: 'flex', whiteSpace: 'break-spaces', adopted: expect.any(Number) });
    expect(styles.adopted).toBeGreaterThan(0);

    await content.click();
    await page.keyboard.type('## Takeaways');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- first point');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second point ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('bold');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    // Enter on an empty list item ends the list.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+9');
    await page.keyboard.type('follow up');
    await expect.poll(() => saveState(page, 'notes-save-status'), { timeout: 5000 }).toBe('saved');
    await expect(page.getByTestId('notes-save-status').textContent()).resolves.toMatch(/^Saved \d{1,2}:\d{2}/);
    const body = await backend(page, (mock) => (mock.store.data as unknown as { notes: { body: string }[] }).notes[0]!.body);
    expect(body).toBe('## Takeaways\n- first point\n- second point **bold**\n- [ ] follow up');
    await audit(s, '70-meeting-notes-edit');

    await page.getByTestId('notes-mode-toggle').click();
    await page.getByTestId('notes-view').locator('h2', { hasText: 'Takeaways' }).waitFor();
    await audit(s, '71-meeting-notes-preview');

    // Reflection: the nudge, then the form.
    await page.getByTestId('reflection-nudge').waitFor();
    await audit(s, '72-reflection-nudge');
    await page.getByTestId('reflection-start').click();
    await page.getByTestId('reflection-answer-0').click();
    await page.keyboard.type('Prompts matter <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">');
    await page.getByTestId('reflection-scale-3-4').check();
    await page.getByTestId('reflection-goals').getByRole('checkbox').first().check();
    await expect.poll(() => saveState(page, 'reflection-save-status'), { timeout: 5000 }).toBe('saved');
    await audit(s, '73-reflection-form');
    await page.getByTestId('reflection-done').click();
    const view = page.getByTestId('reflection-view');
    await view.getByTestId('reflection-text-0').filter({ hasText: 'Prompts matter' }).waitFor();
    expect(await view.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(view.getByTestId('reflection-rating-3').textContent()).resolves.toContain('4 of 5');
    await audit(s, '74-reflection-view');

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-prompts').getByTestId('prompts-list').waitFor();
    await page.getByTestId('prompts-add').click();
    await page.getByTestId('prompts-save').click();
    await page.getByTestId('settings-prompts').locator('[aria-invalid="true"]').waitFor();
    await page.getByTestId('settings-prompts').scrollIntoViewIfNeeded();
    await audit(s, '75-settings-prompts');
    await s.close();
  });
});

describe('notes and reflection, small and German', () => {
  it('fits 760 × 560 and speaks German', async () => {
    const s = await open(browser, { ...unlocked, settings: { recovery_code_confirmed: true, language: 'de' } }, 'light', { width: 760, height: 560 });
    const { page } = s;
    await page.getByTestId('app-shell').waitFor();
    const id = await heldMeeting(page);
    await page.evaluate((meetingId) => (location.hash = `#/meetings/${meetingId}`), id);
    await page.getByRole('textbox', { name: 'Notizen zum Treffen' }).click();
    await page.keyboard.type('Über **Führung** gesprochen');
    await expect.poll(() => page.getByTestId('notes-save-status').textContent(), { timeout: 5000 }).toMatch(/^Gespeichert \d{1,2}:\d{2}/);
    await page.getByTestId('reflection-start').click();
    await page.getByRole('textbox', { name: 'Was habe ich gelernt?' }).waitFor();
    await page.getByRole('group', { name: 'Wie sicher fühle ich mich beim Thema?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(s, '76-meeting-notes-de-small');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-prompts').getByRole('textbox', { name: 'Frage 1' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(s, '77-settings-prompts-de-small');
    await s.close();
  });
});
