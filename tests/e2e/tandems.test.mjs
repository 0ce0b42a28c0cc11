// A tandem with an agreement and two goals survives a restart of the real app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, click, close, freshDataDir, launch, type, waitFor } from './app.mjs';
import { firstRun } from './journeys.mjs';

test('tandem, agreement and two goals are there after a restart', async () => {
  const dataDir = freshDataDir();
  let app = await launch(dataDir);
  try {
    await firstRun(app, 'keyring');
    await click(app, 'start-my-tandem');
    await type(app, 'tandem-title', 'Tandem mit Jonas: KI im Alltag');
    await click(app, 'tandem-role-mentee');
    await type(app, 'tandem-partner', 'Jonas Weber');
    await click(app, 'tandem-save');
    await waitFor(app, 'tandem-overview');

    await click(app, 'agreement-open');
    await type(app, 'agreement-my-expectations', 'Ehrliches Feedback zu meinem LinkedIn-Auftritt.');
    await type(app, 'agreement-partner-expectations', 'Einblick, wie Entscheidungen im Vorstand fallen.');
    await click(app, 'agreement-save');
    await click(app, 'agreement-mark-agreed');
    await waitFor(app, 'agreement-state');
    await app.back();

    for (const [title, why] of [
      ['Einen KI-Assistenten sicher nutzen', 'Ich will mitreden, wenn mein Team KI einsetzt.'],
      ['Einen LinkedIn-Beitrag pro Monat', 'Sichtbarkeit für unsere Arbeit.'],
    ]) {
      await click(app, 'goal-add');
      await type(app, 'goal-title', title);
      await type(app, 'goal-why', why);
      await click(app, 'goal-save');
      await waitFor(app, 'goal-item');
    }
  } finally {
    await close(app);
  }

  app = await launch(dataDir);
  try {
    await waitFor(app, 'app-shell');
    await click(app, 'nav-tandems');
    const card = await waitFor(app, 'tandem-card');
    assert.match(await card.getText(), /Tandem mit Jonas/);
    await card.click();
    await waitFor(app, 'tandem-overview');
    const goals = await app.$$('[data-testid="goal-item"]');
    // One request at a time: WebKitWebDriver does not take concurrent commands.
    const titles = [];
    for (const goal of goals) titles.push(await goal.getAttribute('data-goal-title'));
    assert.deepEqual(titles, ['Einen KI-Assistenten sicher nutzen', 'Einen LinkedIn-Beitrag pro Monat']);
    const state = await (await byTestId(app, 'agreement-state')).getText();
    assert.match(state, /agreed|vereinbart/i);
  } finally {
    await close(app);
  }
});
