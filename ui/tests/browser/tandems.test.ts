// Tandems, agreement, goals and topics in the built UI: a real walk through the pages, with an
// axe scan and a screenshot of every state in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { MockConfig, MockVault } from '../support/mock-backend';
import { audit, backend, launch, open, type Scheme } from './harness';

const vault: MockVault = { protection: 'keyring', passphrase: null, recoveryCode: 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV', keyringEntry: true };
const unlocked: MockConfig = { vault, settings: { recovery_code_confirmed: true } };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const goalTitles = (page: Page) =>
  page.locator('[data-testid="goal-list"] [data-testid="goal-item"]').evaluateAll((items) => items.map((el) => el.getAttribute('data-goal-title')));

async function addGoal(page: Page, title: string, why: string) {
  await page.getByTestId('goal-add').click();
  await page.getByTestId('goal-title').fill(title);
  await page.getByTestId('goal-why').fill(why);
  await page.getByTestId('goal-save').click();
  await page.locator(`[data-testid="goal-item"][data-goal-title="${title}"]`).waitFor();
  await page.getByTestId('goal-dialog').waitFor({ state: 'detached' });
}

describe.each<Scheme>(['light', 'dark'])('tandems (%s)', (scheme) => {
  it('first screen offers both ways in; the empty tandem list too', async () => {
    const s = await open(browser, unlocked, scheme);
    const { page } = s;
    await page.getByTestId('today-empty').getByTestId('start-my-tandem').waitFor();
    await page.getByTestId('today-empty').getByTestId('explore-sample').waitFor();
    await audit(s, '20-today-start');
    await page.getByTestId('nav-tandems').click();
    await page.getByTestId('tandems-empty').waitFor();
    await audit(s, '21-tandems-empty');
    await s.close();
  });

  it('create tandem → overview → agreement → goals → topics', async () => {
    const s = await open(browser, unlocked, scheme);
    const { page } = s;
    await page.getByTestId('start-my-tandem').click();
    await page.getByTestId('tandem-form').waitFor();
    expect(await page.title()).toBe('Tandems – Eyelevel');
    await audit(s, '22-tandem-form');

    await page.getByTestId('tandem-end').fill('2020-01-01');
    await page.getByTestId('tandem-save').click();
    await page.getByTestId('tandem-title-error').waitFor();
    expect(await page.getByTestId('tandem-title').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByTestId('tandem-end-error').textContent()).toContain("can't be before the start");
    await audit(s, '23-tandem-form-errors');

    await page.getByTestId('tandem-title').fill('Jonas & me: AI in everyday work');
    await page.getByTestId('tandem-role-mentee').check();
    await page.getByTestId('tandem-partner').fill('Jonas Weber');
    await page.getByTestId('tandem-contact').fill('jonas.weber@example.org');
    await page.getByTestId('tandem-program').fill('Reverse Mentoring 2026');
    await page.getByTestId('tandem-end').fill('');
    await page.getByRole('checkbox', { name: 'AI at work' }).check();
    await page.getByRole('checkbox', { name: 'Social media & personal branding' }).check();
    await page.getByTestId('tandem-save').click();
    await page.getByTestId('tandem-overview').waitFor();
    expect(page.url()).toMatch(/#\/tandems\/\d+$/);
    expect(await page.getByTestId('overview-next-meeting').textContent()).toContain('No meeting planned yet');
    await audit(s, '24-overview-new');

    // Agreement: draft → agreed → revised (version 2), earlier version readable.
    await page.getByTestId('agreement-open').click();
    await page.getByTestId('agreement-editor').waitFor();
    await audit(s, '25-agreement-editor');
    await page.getByTestId('agreement-my-expectations').fill('Honest feedback on my **LinkedIn** profile.');
    await page.getByTestId('agreement-partner-expectations').fill('Insight into how the board decides.');
    await page.getByTestId('agreement-place').fill('Meeting room 3.14');
    await page.getByTestId('agreement-confidentiality').fill('Everything personal stays between us.');
    await page.getByTestId('agreement-voluntary').check();
    await page.getByTestId('agreement-save').click();
    await page.getByText('Draft saved').first().waitFor();
    await page.getByTestId('agreement-mark-agreed').click();
    await page.locator('[data-testid="agreement-state"][data-state="agreed"]').waitFor();
    // The agreement's texts are Markdown, rendered by the core like notes.
    await page.locator('[data-testid="agreement-my-expectations-view"] strong', { hasText: 'LinkedIn' }).waitFor();
    await audit(s, '26-agreement-agreed');
    await page.getByTestId('agreement-revise').click();
    await page.getByTestId('agreement-my-expectations').fill('Feedback on my first three posts.');
    await page.getByTestId('agreement-save').click();
    await page.locator('[data-testid="agreement-version-item"][data-version="2"]').waitFor();
    await page.locator('[data-testid="agreement-version-item"][data-version="1"]').getByTestId('agreement-version-view').click();
    await page.getByTestId('agreement-version-dialog').waitFor();
    await expect.poll(() => page.getByTestId('agreement-version-dialog').textContent()).toContain('Honest feedback on my LinkedIn profile.');
    await audit(s, '27-agreement-version-dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('agreement-version-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('agreement-version-view');
    await page.getByTestId('agreement-save-html').click();
    await page.getByText(/Saved to \/home\/alex\/Documents\/jonas-me-ai-in-everyday-work-agreement\.html/).waitFor();
    expect(await backend(page, (m) => m.exports.map((e) => e.format))).toEqual(['html']);

    // Goals: add two, reorder by keyboard, achieve one.
    await page.goBack();
    await page.getByTestId('tandem-overview').waitFor();
    await page.getByTestId('goal-add').click();
    await page.getByTestId('goal-dialog').waitFor();
    await page.getByTestId('goal-save').click();
    await page.getByTestId('goal-title-error').waitFor();
    await audit(s, '28-goal-dialog');
    await page.getByTestId('goal-title').fill('Use an AI assistant safely');
    await page.getByTestId('goal-why').fill('My team already does.');
    await page.getByTestId('goal-save').click();
    await page.getByTestId('goal-dialog').waitFor({ state: 'detached' });
    await addGoal(page, 'Post on LinkedIn once a month', 'More visibility for our work.');
    await addGoal(page, 'Run one hybrid meeting', 'Half the team is remote on Fridays.');
    expect(await goalTitles(page)).toEqual(['Use an AI assistant safely', 'Post on LinkedIn once a month', 'Run one hybrid meeting']);
    await page.locator('[data-goal-title="Run one hybrid meeting"] [data-testid="goal-edit"]').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => goalTitles(page)).toEqual(['Use an AI assistant safely', 'Run one hybrid meeting', 'Post on LinkedIn once a month']);
    await page.getByText('“Run one hybrid meeting” moved to position 2 of 3').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('[data-goal-title]')?.getAttribute('data-goal-title'))).toBe('Run one hybrid meeting');
    await page.locator('[data-goal-title="Use an AI assistant safely"] [data-testid="goal-notes-toggle"]').click();
    await page.locator('[data-goal-title="Use an AI assistant safely"] [data-testid="goal-note-input"]').fill('Summarised a long report with it.');
    await page.locator('[data-goal-title="Use an AI assistant safely"] [data-testid="goal-note-save"]').click();
    await page.locator('[data-testid="goal-timeline-note"]').waitFor();
    await page.locator('[data-goal-title="Post on LinkedIn once a month"] [data-testid="goal-status"]').selectOption('achieved');
    await page.locator('[data-testid="goals-history"] [data-goal-title="Post on LinkedIn once a month"]').waitFor();
    await audit(s, '29-overview-goals');

    await page.getByTestId('tandem-delete').click();
    await page.getByTestId('delete-dialog').waitFor();
    expect(await page.getByTestId('delete-dialog-items').textContent()).toContain('its agreement (2 versions)');
    await audit(s, '30-delete-dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('delete-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tandem-delete');

    // Topic library.
    await page.getByTestId('nav-topics').click();
    await page.getByTestId('topics-page').waitFor();
    await audit(s, '31-topics');
    await page.locator('[data-testid="topic-card"]', { hasText: 'Feedback culture' }).getByTestId('topic-hide').click();
    await page.getByText('Topic “Feedback culture” hidden').waitFor();
    await page.getByTestId('topics-show-hidden').check();
    await page.getByTestId('topic-new').click();
    await page.getByTestId('topic-title').fill('Podcasts');
    await page.getByTestId('topic-description').fill('Listening to them, and **making** one.');
    await page.getByTestId('topic-questions').fill('Which podcast do you like?\nWould you start one?');
    await page.getByTestId('topic-save').click();
    await page.locator('[data-testid="topic-card"]', { hasText: 'Podcasts' }).waitFor();
    await page.locator('[data-testid="topic-description-view"] strong', { hasText: 'making' }).waitFor();
    await audit(s, '32-topics-own-and-hidden');
    await page.getByTestId('topic-new').click();
    await page.getByTestId('topic-title').fill('podcasts');
    await page.getByTestId('topic-save').click();
    await page.getByTestId('topic-title-error').waitFor();
    await audit(s, '33-topic-dialog-duplicate');
    await page.keyboard.press('Escape');

    // The list, filled.
    await page.getByTestId('nav-tandems').click();
    await page.getByTestId('tandem-card').first().waitFor();
    await audit(s, '34-tandems-list');
    await s.close();
  });

  it('the sample: overview and removal', async () => {
    const s = await open(browser, { ...unlocked, withSample: true }, scheme);
    const { page } = s;
    await page.getByTestId('today-tandems').waitFor();
    await audit(s, '35-today-with-tandems');
    await page.getByTestId('tandem-card').click();
    await page.getByTestId('tandem-overview').waitFor();
    await audit(s, '36-sample-overview');
    await page.getByTestId('sample-remove').click();
    await page.getByTestId('sample-remove-dialog').waitFor();
    await audit(s, '37-sample-remove-dialog');
    await page.getByTestId('sample-remove-dialog-confirm').click();
    await page.getByTestId('tandems-empty').waitFor();
    expect(await backend(page, (m) => m.data.tandems.length)).toBe(0);
    await s.close();
  });
});

describe('tandems in German, small window', () => {
  it('fits 760 × 560 and speaks German', async () => {
    const s = await open(browser, { ...unlocked, withSample: true, settings: { recovery_code_confirmed: true, language: 'de' } }, 'light', { width: 760, height: 560 });
    const { page } = s;
    await page.getByTestId('nav-tandems').click();
    await page.getByTestId('tandem-card').click();
    await page.getByTestId('tandem-overview').waitFor();
    expect(await page.getByTestId('agreement-state').textContent()).toBe('Vereinbart');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(s, '38-sample-overview-de-small');
    await page.getByTestId('agreement-open').click();
    await page.getByTestId('agreement-current').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(s, '39-agreement-de-small');
    await s.close();
  });

  it('reorders goals by dragging', async () => {
    const s = await open(browser, { ...unlocked, withSample: true }, 'light');
    const { page } = s;
    await page.getByTestId('nav-tandems').click();
    await page.getByTestId('tandem-card').click();
    await page.getByTestId('tandem-overview').waitFor();
    const before = await goalTitles(page);
    expect(before).toHaveLength(2);
    await page
      .locator(`[data-goal-title="${before[1]}"] [data-drag-handle]`)
      .dragTo(page.locator(`[data-goal-title="${before[0]}"]`), { targetPosition: { x: 40, y: 5 } });
    await expect.poll(() => goalTitles(page)).toEqual([before[1], before[0]]);
    await s.close();
  });
});
