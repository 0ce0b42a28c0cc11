// Debian's Chromium driven by playwright-core, the built UI, and the mocked backend.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { MockBackend, MockConfig } from '../support/mock-backend';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Scheme = 'light' | 'dark';

export interface Session {
  context: BrowserContext;
  page: Page;
  scheme: Scheme;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** Starts Chromium; playwright gives every launch a fresh, empty --user-data-dir of its own. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** Opens the app in a new context with the given backend state and colour scheme. */
export async function open(
  browser: Browser,
  config: MockConfig,
  scheme: Scheme = 'light',
  viewport = { width: 1180, height: 800 },
): Promise<Session> {
  const context = await browser.newContext({
    viewport,
    colorScheme: scheme,
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  // A test can hand the next page load another backend state through sessionStorage ("restart").
  await context.addInitScript(
    `window.__EYELEVEL_MOCK_CONFIG__ = JSON.parse(sessionStorage.getItem('eyelevel-mock-next') ?? 'null') ?? ${JSON.stringify(config)};`,
  );
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  await context.addInitScript(inject('mockScript'));
  // tauri.conf.json sets freezePrototype: the app must cope with a frozen Object.prototype.
  await context.addInitScript(() => Object.freeze(Object.prototype));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(inject('baseUrl'));
  return {
    context,
    page,
    scheme,
    problems,
    async close() {
      const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      problems.push(...csp.map((v) => `CSP violation: ${v}`));
      await context.close();
      expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    },
  };
}

/** Reloads the page as a new start of the app whose backend has the given state. */
export async function restart(page: Page, next: (mock: MockBackend) => MockConfig): Promise<void> {
  await page.evaluate(`sessionStorage.setItem('eyelevel-mock-next', JSON.stringify((${next.toString()})(window.__eyelevelMock)))`);
  await page.reload();
}

/** The mocked backend's state, read from the page. */
export function backend<T>(page: Page, read: (mock: MockBackend) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__eyelevelMock)`) as Promise<T>;
}

/** Runs axe-core on the page and fails on any violation. */
export async function axe(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }> };
    };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[];
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`).join('\n')}`,
  );
  expect(report, `axe violations on ${label}`).toEqual([]);
}

/** axe plus a screenshot in ui/test-results/<name>-<theme>.png (theme: the one on screen). */
export async function audit(session: Session, name: string): Promise<void> {
  const { page } = session;
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  const theme = await page.evaluate(() => {
    const chosen = document.documentElement.dataset.theme;
    if (chosen === 'light' || chosen === 'dark') return chosen;
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  });
  await axe(page, `${name} (${theme})`);
  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: join(resultsDir, `${name}-${theme}.png`), fullPage: true });
}
