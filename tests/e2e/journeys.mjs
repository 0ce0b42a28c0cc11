// Journeys several end-to-end tests share.
import assert from 'node:assert/strict';
import { click, type, waitFor } from './app.mjs';

export const PASSPHRASE = 'blue ocean tandem 42';

/** Walks the first-run wizard; returns the recovery code the app showed. */
export async function firstRun(app, protection) {
  await click(app, 'setup-start');
  await click(app, protection === 'keyring' ? 'setup-keyring' : 'setup-passphrase');
  if (protection === 'passphrase') {
    await type(app, 'passphrase-input', PASSPHRASE);
    await type(app, 'passphrase-confirm', PASSPHRASE);
  }
  await click(app, 'setup-submit');
  const code = await (await waitFor(app, 'recovery-code', 60000)).getAttribute('data-code');
  assert.match(code, /^([2-9A-HJ-NP-Z]{4}-){6}[2-9A-HJ-NP-Z]{4}$/);
  await click(app, 'recovery-confirm');
  await click(app, 'recovery-continue');
  await waitFor(app, 'app-shell');
  return code;
}


/** From the app's first screen after setup: "start my tandem" and save with the defaults. */
export async function createTandem(app, title, partner) {
  await click(app, 'start-my-tandem');
  await type(app, 'tandem-title', title);
  await click(app, 'tandem-role-mentor');
  await type(app, 'tandem-partner', partner);
  await click(app, 'tandem-save');
  await waitFor(app, 'tandem-overview');
}
