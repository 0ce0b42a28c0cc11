// Export a meeting through the system save dialog, then import an invitation through the
// open dialog: the files are real, the dialogs are GTK's, answered with xdotool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byTestId, click, close, freshDataDir, launch, type, waitFor } from './app.mjs';
import { answerFileDialog } from './file-dialog.mjs';
import { createTandem, firstRun } from './journeys.mjs';

async function addItem(app, title, shared) {
  await click(app, 'agenda-add');
  await type(app, 'agenda-item-title', title);
  const box = await waitFor(app, 'agenda-item-shared');
  if ((await box.isSelected()) !== shared) await box.click();
  await click(app, 'agenda-item-save');
  await (await byTestId(app, 'agenda-item-dialog')).waitForExist({ reverse: true, timeout: 10000 });
}

async function waitForFile(path, timeout = 15000) {
  const deadline = Date.now() + timeout;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`${path} was never written`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readFileSync(path, 'utf8');
}

test('a meeting goes to a calendar file and an invitation comes back as a meeting', async () => {
  const dataDir = freshDataDir();
  const app = await launch(dataDir);
  try {
    await firstRun(app, 'keyring');
    await createTandem(app, 'Tandem mit Jürgen; Führung, digital', 'Jürgen Weber');
    await click(app, 'meeting-plan');
    await click(app, 'meeting-save');
    await waitFor(app, 'meeting-row');
    await (await app.$$('[data-testid="meeting-row"]'))[0].click();
    await waitFor(app, 'meeting-page');
    // WebDriver cannot type emoji; emoji round trips are covered by the core and interop tests.
    await addItem(app, 'KI im Alltag – Übung', true);
    await addItem(app, 'Gehaltsgespräch vorbereiten', false);

    // Export through the real save dialog.
    const out = join(dataDir, 'jürgen.ics');
    await click(app, 'calendar-add');
    await answerFileDialog('Save meetings as a calendar file', out, { save: true });
    const ics = await waitForFile(out);
    const unfolded = ics.replace(/\r\n /g, '');
    assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'folded at 75 octets');
    assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'CRLF only');
    assert.match(unfolded, /SUMMARY:Tandem mit Jürgen\\; Führung\\, digital\r\n/);
    assert.match(unfolded, /DESCRIPTION:Agenda:\\n- KI im Alltag – Übung/);
    assert.ok(!unfolded.includes('Gehaltsgespräch'), 'a private item never reaches the calendar');
    assert.match(unfolded, /UID:[0-9a-f]{32}@eyelevel\.local\r\n/);
    assert.match(unfolded, /BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT30M/);
    const announced = await waitFor(app, 'announcer');
    await app.waitUntil(async () => (await announced.getText()).includes('jürgen.ics'), {
      timeout: 10000,
      timeoutMsg: 'the export was not announced',
    });

    // Import an invitation through the real open dialog, with a preview first.
    const day = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const invite = join(dataDir, 'invite.ics');
    writeFileSync(
      invite,
      [
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//Invite//EN', 'METHOD:REQUEST',
        'BEGIN:VEVENT', 'UID:e2e-invite@example.org', 'SEQUENCE:0', 'DTSTAMP:20261120T080000Z',
        `DTSTART:${day}T130000Z`, `DTEND:${day}T140000Z`, 'SUMMARY:Reverse Mentoring mit Jürgen',
        'LOCATION:Raum Süd', 'END:VEVENT', 'END:VCALENDAR', '',
      ].join('\r\n'),
    );
    await click(app, 'meeting-back');
    await waitFor(app, 'tandem-overview');
    const before = (await app.$$('[data-testid="meeting-row"]')).length;
    await click(app, 'calendar-import');
    await answerFileDialog('Open a calendar invitation', invite);
    const row = await waitFor(app, 'import-row');
    assert.equal(await (await row.$('[data-testid="import-row-action"]')).getText(), 'New');
    await click(app, 'import-submit');
    await app.waitUntil(async () => (await app.$$('[data-testid="meeting-row"]')).length === before + 1, {
      timeout: 10000,
      timeoutMsg: 'the imported meeting does not show',
    });
  } finally {
    await close(app);
  }
});
