// `make screenshots`: walks the real app as a new user and saves what the screen shows
// (import -window root) for the README. Run inside run.sh's Xvfb + D-Bus session.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { click, close, freshDataDir, launch, type, waitFor } from './app.mjs';

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
  await click(app, 'nav-topics');
  await waitFor(app, 'topics-page');
  await shot(app, 'topics');
  await click(app, 'nav-settings');
  await waitFor(app, 'settings-protection');
  await shot(app, 'settings');
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
