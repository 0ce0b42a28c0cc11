// Plan a series, prepare an agenda from a topic, discuss one point, carry the other over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, click, close, freshDataDir, launch, type, waitFor } from './app.mjs';
import { createTandem, firstRun } from './journeys.mjs';

async function itemTitles(app) {
  const titles = [];
  for (const item of await app.$$('[data-testid="agenda-item"]')) {
    titles.push(await item.getAttribute('data-item-title'));
  }
  return titles;
}

test('an undiscussed agenda point moves to the next meeting of the series', async () => {
  const app = await launch(freshDataDir());
  try {
    await firstRun(app, 'keyring');
    await createTandem(app, 'Tandem mit Aylin', 'Aylin Demir');

    await click(app, 'meeting-plan-series');
    await click(app, 'series-save');
    await waitFor(app, 'meeting-row');
    const rows = await app.$$('[data-testid="meeting-row"]');
    assert.ok(rows.length >= 6, `a half-year series every two weeks, got ${rows.length}`);
    const firstDate = await rows[0].getAttribute('data-local-date');
    const secondDate = await rows[1].getAttribute('data-local-date');
    const days = (Date.parse(secondDate) - Date.parse(firstDate)) / 86_400_000;
    assert.equal(days, 14, 'the rhythm promised: every 2 weeks');
    await rows[0].click();
    await waitFor(app, 'meeting-page');

    // From the topic library: the item takes the topic's title.
    await click(app, 'agenda-add-from-topic');
    const select = await waitFor(app, 'agenda-topic-select');
    await select.selectByIndex(1);
    await click(app, 'agenda-item-save');
    await waitFor(app, 'agenda-item');
    const [fromTopic] = await itemTitles(app);
    assert.ok(fromTopic.length > 0);

    await click(app, 'agenda-add');
    await type(app, 'agenda-item-title', 'Feedback zum LinkedIn-Entwurf');
    await type(app, 'agenda-item-minutes', '15');
    await click(app, 'agenda-item-save');
    await app.waitUntil(async () => (await itemTitles(app)).length === 2, { timeout: 10000 });

    const [firstItem] = await app.$$('[data-testid="agenda-item"]');
    await (await firstItem.$('[data-testid="agenda-item-discussed"]')).click();
    await click(app, 'agenda-carry-over');
    await click(app, 'agenda-next-meeting');
    await waitFor(app, 'meeting-page');
    await app.waitUntil(async () => (await itemTitles(app)).includes('Feedback zum LinkedIn-Entwurf'), {
      timeout: 10000,
      timeoutMsg: 'the carried point is not on the next meeting',
    });
    assert.deepEqual(await itemTitles(app), ['Feedback zum LinkedIn-Entwurf'], 'only the undiscussed point moved');

    // A web link never loads inside the app window; it is handed to the browser.
    await click(app, 'meeting-edit');
    await type(app, 'meeting-video', 'https://meet.example.org/aylin');
    const onlyThis = await byTestId(app, 'meeting-scope-this_only');
    if (await onlyThis.isExisting()) await onlyThis.click();
    await click(app, 'meeting-save');
    const appUrl = await app.getUrl();
    await click(app, 'meeting-video-link');
    await app.pause(1000);
    assert.equal(await app.getUrl(), appUrl, 'the window stays on Eyelevel');
    assert.ok(await (await byTestId(app, 'meeting-page')).isDisplayed());
  } finally {
    await close(app);
  }
});
