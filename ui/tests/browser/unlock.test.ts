import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { MockVault } from '../support/mock-backend';
import { audit, backend, launch, open, restart, type Scheme } from './harness';

const code = 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV';
const passphraseVault: MockVault = { protection: 'passphrase', passphrase: 'correct horse battery', recoveryCode: code, keyringEntry: false };
const resetKeyring: MockVault = { protection: 'keyring', passphrase: 'correct horse battery', recoveryCode: code, keyringEntry: false };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each<Scheme>(['light', 'dark'])('unlock (%s)', (scheme) => {
  it('passphrase: a wrong one shows an inline error, the right one opens the app', async () => {
    const s = await open(browser, { vault: passphraseVault, settings: { recovery_code_confirmed: true }, delayMs: 50 }, scheme);
    const { page } = s;
    const input = page.getByTestId('unlock-passphrase');
    await input.waitFor();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await audit(s, '08-unlock');

    await input.fill('not my passphrase');
    await page.getByTestId('unlock-submit').click();
    const error = page.getByTestId('unlock-error');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toContain("That passphrase isn't right");
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.inputValue()).toBe('not my passphrase');
    await audit(s, '09-unlock-wrong-passphrase');

    await input.fill('correct horse battery');
    await input.press('Enter');
    await page.getByTestId('today-empty').waitFor();
    expect(await backend(page, (m) => m.unlocked)).toBe(true);
    await s.close();
  });

  it('keyring reset: explains why and unlocks with the recovery code', async () => {
    const s = await open(browser, { vault: resetKeyring, settings: { recovery_code_confirmed: true } }, scheme);
    const { page } = s;
    await page.getByTestId('unlock-keyring-reason').waitFor();
    expect(await page.getByTestId('unlock-keyring-reason').textContent()).toContain('no longer holds the key');
    await page.getByTestId('unlock-recovery-tab').click();
    await page.getByTestId('unlock-recovery-input').waitFor();
    await audit(s, '10-unlock-keyring-failed-recovery');

    await page.getByTestId('unlock-recovery-input').fill(code.toLowerCase());
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('recovery-unlock-notice').waitFor();
    expect(await backend(page, (m) => m.vault?.keyringEntry)).toBe(true);
    await audit(s, '11-today-after-recovery');

    await page.getByTestId('recovery-unlock-settings').click();
    await page.getByTestId('settings-after-recovery').waitFor();
    expect(await page.getByTestId('settings-after-recovery').textContent()).toContain('system keyring again');
    await audit(s, '12-settings-after-recovery');
    await s.close();
  });
});

describe('settings', () => {
  it('fits the smallest window (760 × 560)', async () => {
    const s = await open(
      browser,
      { vault: { ...passphraseVault, protection: 'keyring', keyringEntry: true }, settings: { recovery_code_confirmed: true } },
      'light',
      { width: 760, height: 560 },
    );
    const { page } = s;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-protection').waitFor();
    expect(await page.title()).toBe('Settings – Eyelevel');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(s, '15-settings-small-window');
    await s.close();
  });

  it('the shell works by keyboard alone, with a visible focus ring', async () => {
    const s = await open(browser, { vault: { ...passphraseVault, protection: 'keyring', keyringEntry: true }, settings: { recovery_code_confirmed: true } });
    const { page } = s;
    await page.getByTestId('today-empty').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-today');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-settings');
    await page.keyboard.press('Enter');
    await page.getByTestId('settings-protection').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByTestId('nav-settings').getAttribute('aria-current')).toBe('page');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('settings-current-passphrase');
    await s.close();
  });

  it('switches to German and to the dark theme, and keeps them for the next start', async () => {
    const s = await open(browser, {
      vault: { ...passphraseVault, protection: 'keyring', keyringEntry: true },
      settings: { recovery_code_confirmed: true },
    });
    const { page } = s;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-language-de').check();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByTestId('settings-theme-dark').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByTestId('settings-recovery-new').click();
    await page.getByTestId('settings-recovery-confirm-yes').click();
    await page.getByTestId('settings-recovery-code').waitFor();
    await audit(s, '13-settings-de-new-recovery-code');
    await page.getByTestId('settings-recovery-stored').check();
    await page.getByTestId('settings-recovery-done').click();
    await page.getByText('Dein neuer Wiederherstellungscode ist aktiv.').waitFor();

    // Next start (same profile, locked again): the unlock screen already speaks German, in dark.
    await restart(page, (mock) => ({ vault: { ...mock.vault!, keyringEntry: false }, settings: mock.settings }));
    await page.getByRole('heading', { level: 1, name: 'Eyelevel entsperren' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await audit(s, '14-unlock-de');
    await s.close();
  });
});
