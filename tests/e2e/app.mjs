// Starting and driving the real Eyelevel app through tauri-driver (WebDriver on :4444).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { remote } from 'webdriverio';

export function freshDataDir() {
  return mkdtempSync(join(process.env.E2E_HOME ?? tmpdir(), 'data-'));
}

/**
 * Opens the app on `dataDir`; resolves to a WebdriverIO browser bound to its window.
 * `application` replaces the binary (e.g. a wrapper that changes its environment).
 */
export async function launch(dataDir, { application = process.env.APP_BIN } = {}) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port: 4444,
    logLevel: 'warn',
    connectionRetryCount: 2,
    capabilities: {
      browserName: 'wry',
      'wdio:enforceWebDriverClassic': true,
      'tauri:options': { application, args: ['--data-dir', dataDir] },
    },
  });
  browser.setTimeout({ implicit: 0 });
  return browser;
}

export const byTestId = (browser, id) => browser.$(`[data-testid="${id}"]`);

export async function waitFor(browser, id, timeout = 20000) {
  const element = await byTestId(browser, id);
  await element.waitForDisplayed({ timeout, timeoutMsg: `"${id}" did not appear` });
  return element;
}

/** Types into an input the way a person does: focus, clear, keys. */
export async function type(browser, id, text) {
  const input = await waitFor(browser, id);
  await input.click();
  await input.clearValue();
  await input.setValue(text);
}

export async function click(browser, id) {
  const element = await waitFor(browser, id);
  await element.waitForEnabled({ timeout: 10000 });
  await element.click();
}

/** Removes every Eyelevel secret from the Secret Service, as a keychain reset would. */
export function clearKeyringEntries() {
  execFileSync('secret-tool', ['clear', 'service', 'org.eyelevel.desktop'], { stdio: 'inherit' });
}

export async function close(browser) {
  await browser.deleteSession().catch(() => {});
}
