// `make screenshots`: walks the real app as a new user and saves what the screen shows
// (import -window root) for the README. Run inside run.sh's Xvfb + D-Bus session.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, close, freshDataDir, launch, type, waitFor } from './app.mjs';
import { answerFileDialog } from './file-dialog.mjs';

const out = process.env.SCREENSHOT_DIR ?? join(process.cwd(), '../../.github/screenshots');
mkdirSync(out, { recursive: true });

async function shot(app, name) {
  await app.pause(600); // let transitions settle
  const file = join(out, `${name}.png`);
  execFileSync('import', ['-window', 'root', '-crop', '1180x780+93+60', '+repage', file]);
  console.log(`saved ${file}`);
}

const app = await launch(freshDataDir());
try {
  await waitFor(app, 'setup-start');
  await shot(app, 'first-run');
  await click(app, 'setup-start');
  await waitFor(app, 'setup-keyring');
  await click(app, 'setup-passphrase');
  await type(app, 'passphrase-input', 'blue ocean tandem 42');
  await type(app, 'passphrase-confirm', 'blue ocean tandem 42');
  await click(app, 'setup-keyring');
  await click(app, 'setup-submit');
  await waitFor(app, 'recovery-code', 60000);
  await shot(app, 'recovery-code');
  await click(app, 'recovery-confirm');
  await click(app, 'recovery-continue');
  await waitFor(app, 'app-shell');
  await waitFor(app, 'explore-sample');
  await click(app, 'explore-sample');
  await waitFor(app, 'tandem-overview');
  await shot(app, 'tandem-overview');
  await click(app, 'meeting-plan-series');
  await click(app, 'series-save');
  await waitFor(app, 'meeting-row');
  await click(app, 'meeting-row');
  await waitFor(app, 'meeting-page');
  await click(app, 'agenda-add-from-topic');
  await (await waitFor(app, 'agenda-topic-select')).selectByIndex(3);
  await click(app, 'agenda-item-save');
  await click(app, 'agenda-add');
  await type(app, 'agenda-item-title', 'Feedback on my first LinkedIn post');
  await type(app, 'agenda-item-minutes', '15');
  await click(app, 'agenda-item-save');
  await waitFor(app, 'agenda-item');
  await app.pause(4500); // let the confirmation toast fade
  await shot(app, 'meeting');

  // Notes and a reflection on the same meeting.
  const write = async (id, text) => {
    const editor = await waitFor(app, id);
    await editor.click();
    await editor.addValue(text);
  };
  // Enter is \uE007 for WebDriver; the editor continues lists by itself.
  await write(
    'notes-editor',
    '## What we tried\uE007- Asked the assistant to **summarise** a board memo\uE007' +
      '[x] Checked the sources it named\uE007Try it on next week\'s agenda',
  );
  await click(app, 'reflection-start');
  await write('reflection-answer-0', 'A summary is a draft, not an answer: I still **check the sources**.');
  await write('reflection-answer-1', 'How quickly Lena spots when the tool makes something up.');
  await write('reflection-answer-2', 'Let it draft the minutes of Monday\'s jour fixe.');
  await app.execute(() => document.querySelector('[data-testid="reflection-scale-3-4"]')?.click());
  await click(app, 'reflection-done');
  await waitFor(app, 'reflection-view');
  await app.execute(() => document.querySelector('[data-testid="meeting-notes-section"]')?.scrollIntoView());
  await app.execute(() => document.querySelector('[data-testid="notes-mode-toggle"]')?.click());
  await waitFor(app, 'notes-view');
  await shot(app, 'meeting-notes');

  // A journal entry, the timeline and search.
  await click(app, 'nav-journal');
  await click(app, 'journal-new');
  await type(app, 'entry-title', 'Prompts that worked for me');
  await write('entry-body', 'Give the assistant a **role**, the audience and an example:\uE007\uE0071. Role\uE007Audience\uE007Example');
  const tags = await waitFor(app, 'tags-field');
  await tags.click();
  await tags.addValue('KI\uE007');
  await tags.addValue('Prompting\uE007');
  await app.pause(1500);
  await shot(app, 'journal-entry');
  await click(app, 'nav-journal');
  await waitFor(app, 'journal-timeline');
  await shot(app, 'journal');
  await click(app, 'nav-search');
  await type(app, 'search-field', 'sourc');
  await waitFor(app, 'search-hit');
  await shot(app, 'search');
  await click(app, 'nav-today');
  await waitFor(app, 'today-next-meeting');
  await app.pause(4000);
  await shot(app, 'today');
  await click(app, 'nav-tandems');
  await click(app, 'tandem-card');
  await waitFor(app, 'tandem-overview');
  await click(app, 'agreement-open');
  await waitFor(app, 'agreement-editor');
  await shot(app, 'agreement');
  await importPreview(app);
  await click(app, 'nav-topics');
  await waitFor(app, 'topics-page');
  await shot(app, 'topics');
  await click(app, 'nav-settings');
  await waitFor(app, 'settings-protection');
  await shot(app, 'settings');
  await waitFor(app, 'calendar-agenda-detail');
  await app.execute(() => document.querySelector('[data-testid="settings-calendar"]')?.scrollIntoView({ block: 'start' }));
  await shot(app, 'settings-calendar');
  await remindersShots(app);
  await partnerShot(app);
  await click(app, 'nav-settings');
  await click(app, 'settings-theme-dark');
  await click(app, 'settings-language-de');
  await app.pause(300);
  await click(app, 'nav-tandems');
  await click(app, 'tandem-card');
  await waitFor(app, 'tandem-overview');
  await shot(app, 'tandem-overview-dark-de');
} finally {
  await close(app);
}

/** A tandem whose rhythm has lapsed and an action due yesterday: the inbox and the settings. */
async function remindersShots(app) {
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const setDate = (id, value) =>
    app.execute(
      (testid, v) => {
        const input = document.querySelector(`[data-testid="${testid}"]`);
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      id,
      value,
    );
  const quietHours = async () => {
    await click(app, 'nav-settings');
    await (await app.$('[data-testid="reminders-quiet-toggle"]')).waitForExist({ timeout: 10000 });
    await app.execute(() => document.querySelector('[data-testid="reminders-quiet-toggle"]').click());
    await app.pause(500);
  };
  await quietHours(); // off: the pictures may be taken at night
  await click(app, 'nav-tandems');
  await click(app, 'tandem-new');
  await type(app, 'tandem-title', 'Tandem with Jonas: new work');
  await click(app, 'tandem-role-mentor');
  await type(app, 'tandem-partner', 'Jonas Albers');
  await setDate('tandem-start', day(-24));
  await click(app, 'tandem-save');
  await waitFor(app, 'tandem-overview');
  await click(app, 'action-add');
  await type(app, 'action-title', 'Try the new team wiki');
  await setDate('action-due-date', day(-1));
  await click(app, 'action-save');
  const count = await waitFor(app, 'nav-inbox-count', 20000);
  await app.waitUntil(async () => (await count.getText()) === '2', { timeout: 20000, timeoutMsg: 'two reminders' });
  await app.pause(4500); // let the confirmation toast fade
  execFileSync('dunstctl', ['close-all']); // the notification popups would cover the window
  await click(app, 'nav-inbox');
  await waitFor(app, 'inbox-item');
  await shot(app, 'reminders-inbox');
  await quietHours(); // on again, as a new user has them
  await waitFor(app, 'reminder-rules');
  await app.execute(() => document.querySelector('[data-testid="settings-reminders"]')?.scrollIntoView({ block: 'start' }));
  await shot(app, 'settings-reminders');
  await app.execute(() => document.querySelector('[data-testid="reminders-rules"]')?.scrollIntoView({ block: 'start' }));
  await shot(app, 'settings-reminder-rules');
}

/** The tandem made for the reminders, paired with a partner's Eyelevel (the CLI on a second
 * data directory) through a shared folder: the Partner section once the first files crossed. */
async function partnerShot(app) {
  const work = mkdtempSync(join(process.env.E2E_HOME ?? '/tmp', 'partner-'));
  const dir = join(work, 'data');
  const shared = join(work, 'OneDrive - Example Corp', 'Mentoring');
  mkdirSync(shared, { recursive: true });
  const partner = (...args) =>
    execFileSync(process.env.APP_BIN, ['--data-dir', dir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, EYELEVEL_PASSPHRASE: 'the partner side 42' },
    });
  partner('init');
  await click(app, 'nav-tandems');
  await waitFor(app, 'tandem-card');
  for (const card of await app.$$('[data-testid="tandem-card"]')) {
    if ((await card.getText()).includes('Jonas')) {
      await card.click();
      break;
    }
  }
  await waitFor(app, 'tandem-overview');
  await click(app, 'partner-start-invite');
  await type(app, 'partner-invite-name', 'Martin');
  await click(app, 'partner-invite-create');
  writeFileSync(join(work, 'invitation.txt'), await (await waitFor(app, 'partner-invitation')).getValue());
  const accepted = JSON.parse(
    partner('pair', 'accept', join(work, 'invitation.txt'), '--out', join(work, 'answer.txt'), '--name', 'Jonas', '--json'),
  );
  await type(app, 'partner-answer', readFileSync(join(work, 'answer.txt'), 'utf8').trim());
  await click(app, 'partner-finish');
  await click(app, 'partner-verify');
  await click(app, 'partner-choose-folder');
  await answerFileDialog('Choose the folder you share with your partner', shared, { folder: true });
  await app.pause(4000); // the first file goes out
  partner('exchange', 'receive', '--folder', shared);
  partner('exchange', 'send', '--tandem', String(accepted.tandem_id), '--folder', shared);
  await app.pause(6000); // arrives, and the toast fades
  await app.execute(() => document.querySelector('[data-testid="partner-section"]')?.scrollIntoView({ block: 'start' }));
  await shot(app, 'partner');
}

/** An invitation as a colleague's Outlook might send it: a weekly series and an all-day day. */
async function importPreview(app) {
  const ymd = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const file = join(process.env.E2E_HOME ?? '/tmp', 'einladung.ics');
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//Invite//EN', 'METHOD:REQUEST',
      'BEGIN:VEVENT', 'UID:series@example.org', 'DTSTAMP:20261120T080000Z',
      `DTSTART;TZID=Europe/Berlin:${ymd(3)}T083000`, `DTEND;TZID=Europe/Berlin:${ymd(3)}T093000`,
      'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4', 'SUMMARY:Reverse Mentoring – KI im Alltag',
      'LOCATION:https://teams.example.com/l/meetup-join/19', 'ATTENDEE;CN=Lena:mailto:lena@example.com',
      'END:VEVENT',
      'BEGIN:VEVENT', 'UID:workshop@example.org', 'DTSTAMP:20261120T080000Z',
      `DTSTART;VALUE=DATE:${ymd(20)}`, `DTEND;VALUE=DATE:${ymd(21)}`, 'SUMMARY:Workshop Feedbackkultur',
      'LOCATION:Raum Süd\\, 3. OG', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n'),
  );
  await click(app, 'nav-tandems');
  await click(app, 'tandem-card');
  await waitFor(app, 'tandem-overview');
  await click(app, 'calendar-import');
  await answerFileDialog('Open a calendar invitation', file);
  await waitFor(app, 'import-row');
  await shot(app, 'calendar-import');
  await click(app, 'import-cancel');
}
