// The checks themselves: a green run must mean axe and the CSP really looked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, launch, open } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('test harness', () => {
  it('axe reports a violation it is shown', async () => {
    const s = await open(browser, {});
    await s.page.getByTestId('setup-welcome').waitFor();
    await s.page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('main')?.append(input);
    });
    await expect(axe(s.page, 'unlabelled input')).rejects.toThrow(/label/);
    await s.close();
  });

  it('the served CSP blocks inline styles and scripts, and the harness notices', async () => {
    const s = await open(browser, {});
    await s.page.getByTestId('setup-welcome').waitFor();
    await s.page.evaluate(() => {
      const el = document.createElement('div');
      el.setAttribute('style', 'color: red');
      document.body.append(el);
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
    });
    expect(await s.page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
    await expect(s.close()).rejects.toThrow(/CSP violation/);
  });
});
