// Journal, journal entries and search in the built UI: write an entry with the Markdown editor,
// find it in the timeline and by search (typed without its umlaut), with an axe scan and a
// screenshot of every state in light and dark. User text with HTML never becomes markup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe.each<Scheme>(['light', 'dark'])('journal and search (%s)', (scheme) => {
  it('write an entry → timeline → search finds it; HTML in text stays text', async () => {
    const s = await open(browser, unlocked, scheme);
    const { page } = s;
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('journal-empty').waitFor();
    await audit(s, '60-journal-empty');

    await page.getByTestId('journal-empty').getByRole('link', { name: 'New entry' }).click();
    await page.getByTestId('entry-editor').waitFor();
    await page.getByTestId('prompt-card').waitFor();
    await page.getByTestId('entry-title').fill('Führung & LinkedIn');
    await page.locator('[data-testid="entry-body-wrap"] .cm-content').click();
    await page.keyboard.type('Gute Führung heißt zuhören. <img src=x onerror="window.__pwned=1"> ');
    await page.getByTestId('tags-field').fill('Leadership');
    await page.keyboard.press('Enter');
    await page.getByTestId('entry-tandem').selectOption({ index: 1 });
    await page.getByTestId('entry-save-status').filter({ hasText: /Saved \d/ }).waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#\/journal\/entries\/\d+$/);
    await audit(s, '61-entry-editor');

    await page.getByTestId('entry-done').click();
    await page.getByTestId('entry-view').waitFor();
    await page.getByTestId('entry-body-view').filter({ hasText: 'Gute Führung' }).waitFor();
    expect(await page.locator('[data-testid="entry-view"] img').count()).toBe(0);
    await audit(s, '62-entry-view');

    await page.getByTestId('nav-journal').click();
    await page.getByTestId('journal-timeline').waitFor();
    await page.getByTestId('journal-filter-kind-entry').click();
    await page.waitForFunction(() => location.hash === '#/journal?kind=entry');
    await page.getByTestId('journal-item').first().waitFor();
    await audit(s, '63-journal-timeline');
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/journal');
    await expect.poll(() => page.getByTestId('journal-filter-kind-entry').getAttribute('aria-pressed')).toBe('false');

    // Ctrl+K opens the search with the field focused; "fuhrung" finds "Führung".
    await page.getByTestId('journal-timeline').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+k');
    await page.getByTestId('search-field').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-field');
    await audit(s, '64-search-idle');
    await page.keyboard.type('fuhrung');
    await page.getByTestId('search-hit').first().waitFor();
    expect(await page.locator('[data-testid="search-hit"] mark').first().textContent()).toBe('Führung');
    await page.getByTestId('search-field').fill('onerror');
    await page.locator('[data-testid="search-snippet"] mark', { hasText: 'onerror' }).first().waitFor();
    expect(await page.getByTestId('search-snippet').first().textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('[data-testid="search-results"] img').count()).toBe(0);
    await page.getByTestId('search-field').fill('Führung');
    await page.getByTestId('search-count').filter({ hasText: '1 result' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await audit(s, '65-search-results');
    await page.keyboard.press('Enter');
    await page.getByTestId('entry-view').waitFor();

    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-field').fill('nothing like this');
    await page.getByTestId('search-no-results').waitFor();
    await audit(s, '66-search-no-results');

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await backend(page, (mock) => (mock.data as unknown as { journalEntries: { title: string; tags: string[] }[] }).journalEntries)).toEqual([
      expect.objectContaining({ title: 'Führung & LinkedIn', tags: ['Leadership'] }),
    ]);
    await s.close();
  });
});

it('journal and search fit 760 × 560 and speak German', async () => {
  const s = await open(browser, { ...unlocked, settings: { recovery_code_confirmed: true, language: 'de' } }, 'light', { width: 760, height: 560 });
  const { page } = s;
  await page.getByTestId('app-shell').waitFor();
  await backend(page, (mock) =>
    mock.handle('create_journal_entry', {
      input: { tandem_id: null, title: 'Straße der Erkenntnis', body: '- [ ] ausprobieren', prompt: null, topic_id: null, tags: ['Übung'], goal_ids: [], pinned: true },
    }),
  );
  await page.getByTestId('nav-journal').click();
  await page.getByTestId('journal-pinned').waitFor();
  await page.getByRole('heading', { name: 'Angeheftet' }).waitFor();
  await audit(s, '67-journal-de-small');
  await page.getByTestId('journal-item-link').first().click();
  await page.getByTestId('entry-view').waitFor();
  await page.getByRole('button', { name: 'Bearbeiten' }).waitFor();
  await audit(s, '68-entry-view-de-small');
  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-field').fill('strasse');
  await page.getByTestId('search-count').filter({ hasText: '1 Treffer' }).waitFor();
  await audit(s, '69-search-de-small');
  await s.close();
});
