// The first-run and unlock journeys on the real app: real window, real gnome-keyring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  byTestId, clearKeyringEntries, click, close, freshDataDir, launch, type, waitFor,
} from './app.mjs';
import { PASSPHRASE, firstRun } from './journeys.mjs';

async function protectionShownInSettings(app) {
  await click(app, 'nav-settings');
  return (await (await waitFor(app, 'settings-protection')).getText()).trim();
}

test('keyring: first run, restart opens without a prompt', async () => {
  const dataDir = freshDataDir();
  let app = await launch(dataDir);
  try {
    await firstRun(app, 'keyring');
  } finally {
    await close(app);
  }
  const vault = JSON.parse(readFileSync(join(dataDir, 'vault.json'), 'utf8'));
  assert.equal(vault.protection, 'keyring');

  app = await launch(dataDir);
  try {
    await waitFor(app, 'app-shell');
    assert.equal(await (await byTestId(app, 'unlock-submit')).isExisting(), false);
    assert.match(await protectionShownInSettings(app), /keyring|Schlüsselbund/i);
  } finally {
    await close(app);
  }
});

test('passphrase: restart shows the unlock screen, a wrong passphrase is refused', async () => {
  const dataDir = freshDataDir();
  let app = await launch(dataDir);
  try {
    await firstRun(app, 'passphrase');
  } finally {
    await close(app);
  }
  const vaultBefore = readFileSync(join(dataDir, 'vault.json'));
  const dbBefore = readFileSync(join(dataDir, 'eyelevel.db'));

  app = await launch(dataDir);
  try {
    await type(app, 'unlock-passphrase', 'definitely not it');
    await click(app, 'unlock-submit');
    const error = await waitFor(app, 'unlock-error', 30000);
    assert.ok((await error.getText()).length > 0, 'the error explains itself');
    assert.deepEqual(readFileSync(join(dataDir, 'vault.json')), vaultBefore);
    assert.deepEqual(readFileSync(join(dataDir, 'eyelevel.db')), dbBefore);

    await type(app, 'unlock-passphrase', PASSPHRASE);
    await click(app, 'unlock-submit');
    await waitFor(app, 'app-shell', 30000);
    assert.match(await protectionShownInSettings(app), /passphrase|Passphrase/i);
  } finally {
    await close(app);
  }
});

test('keyring reset: the recovery code opens the data', async () => {
  const dataDir = freshDataDir();
  let app = await launch(dataDir);
  let code;
  try {
    code = await firstRun(app, 'keyring');
  } finally {
    await close(app);
  }
  clearKeyringEntries();

  app = await launch(dataDir);
  try {
    // The keyring no longer has the key: the app says so and asks for the recovery code.
    await waitFor(app, 'unlock-keyring-reason', 30000);
    const tab = await byTestId(app, 'unlock-recovery-tab');
    if (await tab.isExisting()) await tab.click();
    await type(app, 'unlock-recovery-input', code.toLowerCase());
    await click(app, 'unlock-submit');
    await waitFor(app, 'app-shell', 30000);
  } finally {
    await close(app);
  }

  // Recovery put a fresh key back into the keyring: the next start needs no prompt.
  app = await launch(dataDir);
  try {
    await waitFor(app, 'app-shell');
  } finally {
    await close(app);
  }
});
