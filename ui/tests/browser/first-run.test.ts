import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { audit, backend, launch, open, type Scheme } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each<Scheme>(['light', 'dark'])('first run (%s)', (scheme) => {
  it('shows a calm loading state while the backend answers', async () => {
    const s = await open(browser, { delayMs: 3000 }, scheme);
    await s.page.getByTestId('boot-loading').waitFor();
    await audit(s, '00-boot');
    await s.page.getByTestId('setup-welcome').waitFor({ timeout: 10_000 });
    await s.close();
  });

  it('keyring path: welcome → protection → recovery code → today → settings', async () => {
    const s = await open(browser, {}, scheme);
    const { page } = s;
    await page.getByTestId('setup-welcome').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('system');
    await audit(s, '01-setup-welcome');

    await page.getByTestId('setup-start').click();
    await page.getByTestId('setup-protection').waitFor();
    expect(await page.getByTestId('setup-keyring').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await audit(s, '02-setup-protection-keyring');

    await page.getByTestId('setup-submit').click();
    const code = page.getByTestId('recovery-code');
    await code.waitFor();
    const shown = await code.getAttribute('data-code');
    expect(shown).toMatch(/^([2-9A-HJ-NP-Z]{4}-){6}[2-9A-HJ-NP-Z]{4}$/);
    expect(await page.getByTestId('recovery-continue').isDisabled()).toBe(true);
    await page.getByTestId('recovery-code-copy').click();
    await page.getByText('Copied to the clipboard').waitFor();
    expect(await backend(page, (m) => m.clipboard)).toBe(shown);
    await audit(s, '04-setup-recovery-code');

    await page.getByTestId('recovery-confirm').check();
    await page.getByTestId('recovery-continue').click();
    await page.getByTestId('today-empty').waitFor();
    expect(await backend(page, (m) => m.settings.recovery_code_confirmed)).toBe(true);
    expect(await page.getByTestId('nav-today').getAttribute('aria-current')).toBe('page');
    await audit(s, '05-today');

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-protection').waitFor();
    expect(await page.getByTestId('settings-protection').textContent()).toContain('System keyring');
    expect(page.url()).toMatch(/#\/settings$/);
    await audit(s, '06-settings');

    for (const route of ['tandems', 'journal', 'search'] as const) {
      await page.getByTestId(`nav-${route}`).click();
      await page.getByTestId(`${route}-empty`).waitFor();
      await audit(s, `07-${route}`);
    }
    await s.close();
  });

  it('passphrase path validates, then creates the vault', async () => {
    const s = await open(browser, {}, scheme);
    const { page } = s;
    await page.getByTestId('setup-start').click();
    await page.getByTestId('setup-passphrase').check();
    await page.getByTestId('passphrase-input').fill('short');
    await page.getByTestId('passphrase-confirm').fill('different');
    await page.getByTestId('setup-submit').click();
    await page.getByText('Your passphrase needs at least 8 characters.').waitFor();
    expect(await page.getByTestId('passphrase-input').evaluate((el) => el === document.activeElement)).toBe(true);
    await audit(s, '03-setup-protection-passphrase-errors');

    await page.getByTestId('passphrase-input').fill('a long enough passphrase');
    await page.getByTestId('setup-submit').click();
    await page.getByText("The two passphrases don't match.").waitFor();
    await page.getByTestId('passphrase-confirm').fill('a long enough passphrase');
    await page.getByTestId('passphrase-toggle').click();
    expect(await page.getByTestId('passphrase-input').getAttribute('type')).toBe('text');
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('recovery-code').waitFor();
    expect(await backend(page, (m) => m.vault)).toMatchObject({ protection: 'passphrase', passphrase: 'a long enough passphrase' });

    await page.getByTestId('recovery-confirm').check();
    await page.getByTestId('recovery-continue').click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-protection').waitFor();
    expect(await page.getByTestId('settings-protection').getAttribute('data-protection')).toBe('passphrase');
    await s.close();
  });

  it('explains why the keyring is not offered', async () => {
    const s = await open(browser, { keyringAvailable: false }, scheme);
    const { page } = s;
    await page.getByTestId('setup-start').click();
    await page.getByTestId('setup-protection').waitFor();
    expect(await page.getByTestId('setup-keyring').isDisabled()).toBe(true);
    expect(await page.getByTestId('setup-passphrase').isChecked()).toBe(true);
    expect(await page.getByTestId('setup-keyring-desc').textContent()).toContain('No working system keyring');
    await audit(s, '02-setup-protection-no-keyring');
    await s.close();
  });
});
