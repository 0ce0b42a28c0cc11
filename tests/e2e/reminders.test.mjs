// Reminders in the real app: a meeting a minute ahead with a one-minute lead reaches the real
// notification server (dunst) exactly once, even with the window closed (the app keeps
// running in the tray), and clicking it opens the window on the meeting; with no
// notification server the same reminder lands in the in-app inbox and Settings says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { click, close, freshDataDir, launch, waitFor } from './app.mjs';
import { createTandem, firstRun } from './journeys.mjs';

const TITLE = 'Digitale Führung';
const PARTNER = 'Jürgen Weber';

const dunstctl = (...args) => execFileSync('dunstctl', args, { encoding: 'utf8' }).trim();

/** Notifications dunst shows or has shown, from anyone. */
function dunstTotal() {
  return ['displayed', 'history', 'waiting'].reduce((sum, what) => sum + Number(dunstctl('count', what)), 0);
}

/** Every notification in dunst's history as {appname, summary, body}. */
function dunstHistory() {
  const history = JSON.parse(dunstctl('history'));
  return history.data.flat().map((n) => ({ appname: n.appname.data, summary: n.summary.data, body: n.body.data }));
}

/** Settings → Reminders: this tandem's "meeting soon" reminder one minute ahead. */
async function oneMinuteLead(app) {
  await click(app, 'nav-settings');
  await (await waitFor(app, 'reminders-rules')).scrollIntoView();
  const lead = await app.$('[data-testid="reminder-rule"][data-kind="meeting_soon"] [data-testid="reminder-rule-lead"]');
  await lead.waitForEnabled({ timeout: 10000 });
  await lead.selectByAttribute('value', '1');
  const saved = await waitFor(app, 'reminders-rules-saved');
  await app.waitUntil(async () => (await saved.getText()) !== '', { timeout: 10000, timeoutMsg: 'the rule was not saved' });
  await app.waitUntil(async () => (await lead.getValue()) === '1', { timeout: 10000, timeoutMsg: 'the lead did not stick' });
}

/**
 * Plans a meeting of the open tandem 75–135 s ahead, on a full minute: with a one-minute lead
 * the reminder comes 15–75 s later, after the test has done what it does meanwhile.
 */
async function planMeetingInAboutTwoMinutes(app) {
  await click(app, 'nav-tandems');
  await click(app, 'tandem-card-link');
  await waitFor(app, 'tandem-overview');
  await click(app, 'meeting-plan');
  const start = new Date(Date.now() + 135_000);
  start.setSeconds(0, 0);
  const pad = (n) => String(n).padStart(2, '0');
  const date = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`;
  const time = `${pad(start.getHours())}:${pad(start.getMinutes())}`;
  // WebKit's date and time inputs ignore typed keys over WebDriver; set them as a picker does.
  for (const [id, value] of [['meeting-date', date], ['meeting-time', time]]) {
    await waitFor(app, id);
    await app.execute(
      (testid, v) => {
        const input = document.querySelector(`[data-testid="${testid}"]`);
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      id,
      value,
    );
  }
  await click(app, 'meeting-save');
  await waitFor(app, 'meeting-row');
  return start;
}

/** A stand-in for the desktop's tray (StatusNotifierWatcher on the session bus). */
async function startTrayHost() {
  const script = fileURLToPath(new URL('./tray-host.py', import.meta.url));
  const host = spawn('/usr/bin/python3', [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(host.stdout, 'data');
  assert.match(String(line), /ready/);
  return host;
}

/** Sends WM_DELETE_WINDOW, as a click on the window's close button does. */
function closeWindowLikeAUser() {
  const script = fileURLToPath(new URL('./wm-close.py', import.meta.url));
  execFileSync('/usr/bin/python3', [script, 'Eyelevel'], { stdio: 'inherit' });
}

/** Whether an Eyelevel process on `dataDir` is running. */
function running(dataDir) {
  try {
    execFileSync('pgrep', ['-f', '--', `--data-dir ${dataDir}`]);
    return true;
  } catch {
    return false;
  }
}

test('a meeting a minute ahead with a one-minute lead notifies exactly once, window closed', async () => {
  const tray = await startTrayHost();
  const dataDir = freshDataDir();
  const app = await launch(dataDir);
  try {
    await firstRun(app, 'keyring');
    await createTandem(app, TITLE, PARTNER);
    await oneMinuteLead(app);
    // The switch's checkbox is drawn over by its track; click it as the label would.
    const keep = await app.$('[data-testid="reminders-tray"]');
    await keep.waitForExist({ timeout: 10000 });
    if (!(await keep.isSelected())) await app.execute(() => document.querySelector('[data-testid="reminders-tray"]').click());
    await app.waitUntil(async () => (await (await waitFor(app, 'reminders-app-saved')).getText()) !== '', {
      timeout: 10000,
      timeoutMsg: '"keep running in the tray" was not saved',
    });
    const before = dunstTotal();
    const start = await planMeetingInAboutTwoMinutes(app);
    // The window goes; the app stays in the tray.
    await app.pause(1000);
    closeWindowLikeAUser();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.ok(running(dataDir), 'closing the window kept the app running');

    const due = start.getTime() - 60_000;
    while (dunstTotal() === before) {
      assert.ok(Date.now() < due + 60_000, 'no notification within a minute of its time');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    assert.ok(Date.now() >= due - 2_000, 'not before its time');
    // Clicking it opens the window again, on the meeting.
    dunstctl('action', '0');
    await app.waitUntil(async () => (await app.getWindowHandles()).length > 0, { timeout: 15000 });
    const handles = await app.getWindowHandles();
    await app.switchToWindow(handles[handles.length - 1]);
    await app.waitUntil(async () => (await app.execute(() => location.hash)).startsWith('#/meetings/'), {
      timeout: 15000,
      timeoutMsg: 'the click did not open the meeting',
    });
    await waitFor(app, 'meeting-page');
    // Anything more would come now (a duplicate, a day-before or prepare-agenda reminder).
    await new Promise((resolve) => setTimeout(resolve, 8000));
    dunstctl('close-all');
    const ours = dunstHistory().filter((n) => n.appname === 'Eyelevel');
    assert.equal(ours.length, 1, JSON.stringify(ours));
    const text = `${ours[0].summary} ${ours[0].body}`;
    assert.match(text, /1 min/);
    assert.ok(!text.includes(PARTNER) && !text.includes(TITLE), `discreet by default: ${text}`);
    assert.ok(running(dataDir), 'still running in the tray');
    // It is recorded as delivered: nothing is due any more.
    const plan = JSON.parse(
      execFileSync(process.env.APP_BIN, ['--data-dir', dataDir, 'reminders', '--json'], { encoding: 'utf8' }),
    );
    assert.deepEqual(plan.due, []);
  } finally {
    await close(app);
    try {
      execFileSync('pkill', ['-f', '--', `--data-dir ${dataDir}`]);
    } catch {
      // already gone
    }
    tray.kill();
  }
});

test('without a notification server the reminder lands in the inbox and Settings says why', async () => {
  // The same app, but its session bus leads nowhere: no notification server answers.
  const wrapper = join(process.env.E2E_HOME, 'eyelevel-without-notifications');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nDBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/eyelevel-e2e exec "${process.env.APP_BIN}" "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  const shownBefore = dunstTotal();
  const app = await launch(freshDataDir(), { application: wrapper });
  try {
    await firstRun(app, 'passphrase'); // no bus, no keyring
    await createTandem(app, TITLE, PARTNER);
    await oneMinuteLead(app);
    const state = await waitFor(app, 'reminders-status-state');
    await app.waitUntil(async () => (await state.getAttribute('data-state')) === 'unavailable', {
      timeout: 15000,
      timeoutMsg: 'Settings does not say notifications are unavailable',
    });
    assert.match(await (await waitFor(app, 'reminders-status-reason')).getText(), /\S/);

    const start = await planMeetingInAboutTwoMinutes(app);
    const count = await waitFor(app, 'nav-inbox-count', start.getTime() - Date.now() + 30_000);
    assert.equal(await count.getText(), '1');
    await click(app, 'nav-inbox');
    await waitFor(app, 'inbox-unavailable-reason');
    const items = await app.$$('[data-testid="inbox-item"]');
    assert.equal(items.length, 1);
    await waitFor(app, 'inbox-item-inbox-only');
    assert.equal(dunstTotal(), shownBefore, 'nothing reached dunst');
  } finally {
    await close(app);
  }
});
