// Opening the data when it is damaged, read-only or from an interrupted setup: an axe scan and a
// screenshot of each screen, in light and dark, and German in the smallest window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { MockVault } from '../support/mock-backend';
import { audit, backend, launch, open, type Scheme } from './harness';

const code = 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV';
const keyringVault: MockVault = { protection: 'keyring', passphrase: null, recoveryCode: code, keyringEntry: true };
const passphraseVault: MockVault = { protection: 'passphrase', passphrase: 'correct horse battery', recoveryCode: code, keyringEntry: false };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each<Scheme>(['light', 'dark'])('opening the data (%s)', (scheme) => {
  it('a damaged database replaces the unlock form; Try again starts over', async () => {
    const s = await open(browser, { vault: passphraseVault, damage: 'database_corrupt', settings: { recovery_code_confirmed: true } }, scheme);
    const { page } = s;
    await page.getByTestId('unlock-passphrase').fill('correct horse battery');
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('damaged-screen').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByTestId('damaged-data-dir').textContent()).toBe('/home/alex/.local/share/org.eyelevel.desktop');
    await audit(s, '16-damaged-database');
    await page.getByTestId('damaged-retry').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    await s.close();
  });

  it('a changed key file is explained at start', async () => {
    const s = await open(browser, { vault: keyringVault, damage: 'vault_tampered' }, scheme);
    await s.page.getByTestId('damaged-screen').waitFor();
    expect(await s.page.getByTestId('damaged-screen').getAttribute('data-code')).toBe('vault_tampered');
    await audit(s, '17-damaged-vault');
    await s.close();
  });

  it('an interrupted setup shows a new recovery code before the app', async () => {
    const s = await open(browser, { vault: keyringVault, setupUnfinished: true }, scheme);
    const { page } = s;
    await page.getByTestId('recovery-code').waitFor();
    expect(await page.getByTestId('recovery-code').getAttribute('data-code')).toBe(await backend(page, (m) => m.vault?.recoveryCode));
    await audit(s, '18-setup-resume');
    await page.getByTestId('recovery-confirm').check();
    await page.getByTestId('recovery-continue').click();
    await page.getByTestId('today-empty').waitFor();
    expect(await backend(page, (m) => m.setupUnfinished)).toBe(false);
    await s.close();
  });

  it('read-only data opens with a banner', async () => {
    const s = await open(browser, { vault: keyringVault, readOnly: true, withSample: true, settings: { recovery_code_confirmed: true } }, scheme);
    await s.page.getByTestId('read-only-notice').waitFor();
    await s.page.getByTestId('today-tandems').waitFor();
    await audit(s, '19-read-only');
    await s.close();
  });
});

describe('opening the data in German, small window', () => {
  it('damaged database, read-only banner and new recovery code fit 760 × 560', async () => {
    const small = { width: 760, height: 560 };
    const damaged = await open(browser, { vault: keyringVault, damage: 'database_corrupt', osLanguage: 'de' }, 'light', small);
    await damaged.page.getByTestId('damaged-screen').waitFor();
    expect(await damaged.page.getByRole('heading', { level: 1 }).textContent()).toBe('Deine Daten ließen sich nicht öffnen');
    expect(await damaged.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(damaged, '16-damaged-database-de-small');
    await damaged.close();

    const resume = await open(browser, { vault: keyringVault, setupUnfinished: true, osLanguage: 'de' }, 'light', small);
    await resume.page.getByTestId('recovery-code').waitFor();
    expect(await resume.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(resume, '18-setup-resume-de-small');
    await resume.close();

    const readOnly = await open(browser, { vault: keyringVault, readOnly: true, osLanguage: 'de', settings: { recovery_code_confirmed: true } }, 'light', small);
    await readOnly.page.getByTestId('read-only-notice').waitFor();
    expect(await readOnly.page.getByTestId('read-only-notice').textContent()).toContain('Deine Daten sind hier schreibgeschützt');
    expect(await readOnly.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await audit(readOnly, '19-read-only-de-small');
    await readOnly.close();
  });
});
