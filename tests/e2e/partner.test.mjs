// Pairing the real app with a second Eyelevel (the CLI on another data directory) and
// exchanging files: the app shows the partner's agenda point in the meeting, marked as theirs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byTestId, click, close, freshDataDir, launch, type, waitFor } from './app.mjs';
import { answerFileDialog } from './file-dialog.mjs';
import { createTandem, firstRun } from './journeys.mjs';

const PARTNER_PASSPHRASE = 'partner side passphrase 7';

/** The CLI of the same binary on the partner's data directory; returns stdout. */
function partner(dir, ...args) {
  return execFileSync(process.env.APP_BIN, ['--data-dir', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, EYELEVEL_PASSPHRASE: PARTNER_PASSPHRASE },
  });
}

async function waitForFile(path, timeout = 15000) {
  const deadline = Date.now() + timeout;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`${path} was never written`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("the partner's agenda point, written by another Eyelevel, shows in the meeting", async () => {
  const dataDir = freshDataDir();
  const work = mkdtempSync(join(process.env.E2E_HOME, 'partner-'));
  const partnerDir = join(work, 'partner-data');
  partner(partnerDir, 'init');
  const app = await launch(dataDir);
  try {
    await firstRun(app, 'keyring');
    await createTandem(app, 'Tandem mit Jonas', 'Jonas Weber');
    await click(app, 'meeting-plan');
    await click(app, 'meeting-save');
    await waitFor(app, 'meeting-row');

    // Invite: the app shows the invitation; the partner accepts it on the command line.
    await click(app, 'partner-start-invite');
    await type(app, 'partner-invite-name', 'Anna');
    await click(app, 'partner-invite-create');
    const invitation = await (await waitFor(app, 'partner-invitation')).getValue();
    assert.match(invitation, /^eyelevel-invitation:v1:/);
    const invitationFile = join(work, 'invitation.txt');
    const answerFile = join(work, 'answer.txt');
    writeFileSync(invitationFile, invitation);
    const accepted = JSON.parse(
      partner(partnerDir, 'pair', 'accept', invitationFile, '--out', answerFile, '--name', 'Jonas', '--json'),
    );
    const answer = execFileSync('cat', [answerFile], { encoding: 'utf8' }).trim();
    await type(app, 'partner-answer', answer);
    await click(app, 'partner-finish');
    const code = await waitFor(app, 'partner-check-code');
    assert.equal((await code.getText()).trim(), accepted.check_code, 'both show the same check code');

    // The app sends a file; the partner reads it, adds a point and sends one back.
    const toPartner = join(work, 'for-jonas.eyx');
    await click(app, 'partner-send-file');
    await answerFileDialog('Save a file for your partner', toPartner, { save: true });
    await waitForFile(toPartner);
    const tandemId = String(accepted.tandem_id);
    partner(partnerDir, 'exchange', 'receive', toPartner);
    const meetings = JSON.parse(partner(partnerDir, 'meetings', '--tandem', tandemId, '--json'));
    assert.equal(meetings.length, 1);
    partner(partnerDir, 'agenda', 'add', '--meeting', String(meetings[0].id), 'Wie ich KI im Alltag nutze');
    partner(partnerDir, 'agenda', 'add', '--meeting', String(meetings[0].id), '--private', 'Nur für mich');
    const fromPartner = join(work, 'from-jonas.eyx');
    partner(partnerDir, 'exchange', 'send', '--tandem', tandemId, '--out', fromPartner);

    await click(app, 'partner-import-file');
    await answerFileDialog('Open a file from your partner', fromPartner);
    const announced = await waitFor(app, 'announcer');
    await app.waitUntil(async () => (await announced.getText()).includes('Jonas'), {
      timeout: 15000,
      timeoutMsg: 'the arrival was not announced',
    });

    await (await app.$$('[data-testid="meeting-row"]'))[0].click();
    await waitFor(app, 'meeting-page');
    await app.waitUntil(
      async () => {
        const items = await app.$$('[data-testid="agenda-item"]');
        for (const item of items) {
          if ((await item.getText()).includes('Wie ich KI im Alltag nutze')) return true;
        }
        return false;
      },
      { timeout: 15000, timeoutMsg: "the partner's agenda point did not appear" },
    );
    const items = await app.$$('[data-testid="agenda-item"]');
    assert.equal(items.length, 1, 'the private point stayed with the partner');
    const item = items[0];
    assert.ok(await (await item.$('[data-testid="from-partner"]')).isExisting(), 'marked as theirs');
    assert.ok(!(await (await item.$('[data-testid="agenda-item-edit"]')).isExisting()), 'not editable');
    assert.ok(await (await item.$('[data-testid="agenda-item-discussed"]')).isExisting());
    assert.equal(await (await byTestId(app, 'agenda-item-edit')).isExisting(), false);
  } finally {
    await close(app);
  }
});
