// Notes survive closing the window mid-edit; a hostile reflection renders inert; after a
// restart, search finds it with or without umlauts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { byTestId, click, close, freshDataDir, launch, waitFor } from './app.mjs';
import { createTandem, firstRun } from './journeys.mjs';

const HOSTILE =
  '<script>window.__eyelevelPwned = 1</script> <img src=x onerror="window.__eyelevelPwned = 2"> ' +
  '[click](javascript:window.__eyelevelPwned=3) Führung heißt zuhören';
const NOTE = 'Heute gelernt: **Prompting** für Übersetzungen, siehe [Doku](https://example.org/doku)';

/** Types into a CodeMirror editor (a contenteditable). Element send-keys, not key actions:
 * WebKitWebDriver's action path drops some spaces and repeated characters. */
async function typeInEditor(app, id, text) {
  const editor = await waitFor(app, id);
  await editor.click();
  await editor.addValue(text);
}

/** Clicks the window's close button, as far as the app can tell (WM_DELETE_WINDOW). */
function closeWindowLikeAUser() {
  const script = fileURLToPath(new URL('./wm-close.py', import.meta.url));
  execFileSync('/usr/bin/python3', [script, 'Eyelevel'], { stdio: 'inherit' });
}

async function openFirstMeeting(app) {
  await click(app, 'nav-tandems');
  await (await waitFor(app, 'tandem-card')).click();
  await waitFor(app, 'tandem-overview');
  await (await waitFor(app, 'meeting-row')).click();
  await waitFor(app, 'meeting-page');
}

test('notes survive a mid-edit close; a hostile reflection stays inert and is found after a restart', async () => {
  const dataDir = freshDataDir();
  let app = await launch(dataDir);
  try {
    await firstRun(app, 'keyring');
    await createTandem(app, 'Tandem mit Aylin', 'Aylin Demir');
    await click(app, 'meeting-plan');
    await click(app, 'meeting-save');
    await (await waitFor(app, 'meeting-row')).click();
    await waitFor(app, 'meeting-page');

    // Type the note and close the window at once: the pending autosave is flushed first.
    await typeInEditor(app, 'notes-editor', NOTE);
    closeWindowLikeAUser();
    await app.pause(3000);
  } finally {
    await close(app);
  }

  app = await launch(dataDir);
  try {
    await waitFor(app, 'app-shell');
    await openFirstMeeting(app);
    await waitFor(app, 'notes-view');
    const note = await (await byTestId(app, 'notes-view')).getText();
    assert.match(note, /Heute gelernt: Prompting für Übersetzungen, siehe Doku\s*$/, 'every keystroke was kept');
    const bold = await app.$('[data-testid="notes-view"] strong');
    assert.equal(await bold.getText(), 'Prompting', 'the note renders as Markdown');
    // A web link in a note opens in the browser; the window stays on Eyelevel.
    const appUrl = await app.getUrl();
    await (await app.$('[data-testid="notes-view"] a')).click();
    await app.pause(1000);
    assert.equal(await app.getUrl(), appUrl, 'the window stays on Eyelevel');
    assert.ok(await (await byTestId(app, 'meeting-page')).isDisplayed());

    await click(app, 'reflection-start');
    await typeInEditor(app, 'reflection-answer-0', HOSTILE);
    await click(app, 'reflection-done');
    const view = await waitFor(app, 'reflection-view');
    await app.pause(1000);
    const text = await view.getText();
    assert.match(text, /<script>window.__eyelevelPwned = 1<\/script>/, 'the script tag shows as text');
    assert.match(text, /Führung heißt zuhören/);
    assert.equal(await app.execute(() => window.__eyelevelPwned ?? null), null, 'nothing ran');
    assert.equal((await app.$$('[data-testid="reflection-view"] img')).length, 0, 'no image element');
    assert.equal((await app.$$('[data-testid="reflection-view"] script')).length, 0, 'no script element');
    for (const link of await app.$$('[data-testid="reflection-view"] a')) {
      const href = (await link.getAttribute('href')) ?? '';
      assert.ok(!/^javascript:/i.test(href), `no javascript: link (${href})`);
    }
  } finally {
    await close(app);
  }

  app = await launch(dataDir);
  try {
    await waitFor(app, 'app-shell');
    await click(app, 'nav-search');
    const field = await waitFor(app, 'search-field');
    await field.click();
    await field.setValue('Fuehrung zuhoer');
    await app.waitUntil(async () => (await app.$$('[data-testid="search-hit"]')).length > 0, {
      timeout: 10000,
      timeoutMsg: 'search found nothing for "Fuehrung zuhoer"',
    });
    const [hit] = await app.$$('[data-testid="search-hit"]');
    const marks = [];
    for (const mark of await hit.$$('mark')) marks.push(await mark.getText());
    assert.deepEqual(marks, ['Führung', 'zuhören'], 'the typed words are highlighted as written');
    assert.equal(await app.execute(() => window.__eyelevelPwned ?? null), null, 'the snippet is inert too');
    await hit.click();
    await waitFor(app, 'meeting-page');
    await waitFor(app, 'reflection-view');
  } finally {
    await close(app);
  }
});
