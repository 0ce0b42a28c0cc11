import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { emptyQuery, groupByMonthDay, journalHash, parseJournalQuery, toFilter } from '../../src/lib/journal-filters';
import type { JournalItem } from '../../src/lib/journal-types';
import { callsOf, openWith, seed } from './journal-support';
import { go } from './app-helpers';

const item = (date: string, id: number): JournalItem => ({
  kind: 'entry', id, tandem_id: null, tandem_title: null, meeting_id: null, date, at: `${date}T10:00:00Z`, title: `E${id}`,
  excerpt: '', tags: [], pinned: false, goal_ids: [], topic_ids: [], rating: null,
});

describe('journal filters in the address', () => {
  it('round-trips every filter and drops a goal without its tandem', () => {
    const q = { tandem: 3, kinds: ['entry' as const, 'note' as const], tag: 'AI tools', topic: 2, goal: 9, from: '2026-01-01', to: '2026-02-01' };
    const hash = journalHash(q);
    expect(hash).toBe('#/journal?tandem=3&kind=note%2Centry&tag=AI+tools&topic=2&goal=9&from=2026-01-01&to=2026-02-01');
    expect(parseJournalQuery(hash.split('?')[1]!)).toEqual({ ...q, kinds: ['note', 'entry'] });
    expect(parseJournalQuery('goal=9&kind=bogus&from=yesterday')).toEqual(emptyQuery());
    expect(journalHash(emptyQuery())).toBe('#/journal');
    expect(toFilter({ ...emptyQuery(), goal: 4 }, 'c1', 10)).toMatchObject({ goal_id: null, cursor: 'c1', limit: 10, kinds: [] });
  });

  it('groups items by month and day in their order', () => {
    const groups = groupByMonthDay([item('2026-03-05', 1), item('2026-03-05', 2), item('2026-03-01', 3), item('2026-02-28', 4)]);
    expect(groups.map((m) => [m.month, m.days.map((d) => [d.date, d.items.map((i) => i.id)])])).toEqual([
      ['2026-03', [['2026-03-05', [1, 2]], ['2026-03-01', [3]]]],
      ['2026-02', [['2026-02-28', [4]]]],
    ]);
  });
});

describe('journal page', () => {
  it('shows the empty state with a way to write the first entry', async () => {
    await openWith('#/journal');
    expect(await screen.findByTestId('journal-empty')).toBeInTheDocument();
    expect(within(screen.getByTestId('journal-empty')).getByRole('link', { name: 'New entry' })).toHaveAttribute('href', '#/journal/entries/new');
  });

  it('lists entries newest first with pinned ones on top, and pins from the timeline', async () => {
    const { backend, user } = await openWith('#/journal', async (b) => {
      await seed(b, [{ title: 'First', tags: ['ai'] }, { title: 'Second', pinned: true }, { title: 'Third' }]);
    });
    await screen.findByTestId('journal-timeline');
    const pinned = screen.getByTestId('journal-pinned');
    expect(within(pinned).getAllByTestId('journal-item').map((el) => el.textContent)).toEqual([expect.stringContaining('Second')]);
    const titles = () =>
      screen.getAllByTestId('journal-day').flatMap((d) => within(d).getAllByTestId('journal-item-link').map((a) => a.textContent));
    expect(titles()).toEqual(['Third', 'First']);
    const first = screen.getAllByTestId('journal-item').find((el) => el.textContent?.includes('First'))!;
    expect(within(first).getByTestId('journal-item-link')).toHaveAttribute('href', expect.stringMatching(/^#\/journal\/entries\/\d+$/));
    expect(first).toHaveTextContent('#ai');
    await user.click(within(first).getByRole('button', { name: 'Pin “First”' }));
    await vi.waitFor(() => expect(within(screen.getByTestId('journal-pinned')).getAllByTestId('journal-item')).toHaveLength(2));
    expect(callsOf(backend, 'set_entry_pinned')).toEqual([{ id: expect.any(Number), pinned: true }]);
  });

  it('puts filters in the address and follows back/forward', async () => {
    const { backend, user } = await openWith('#/journal', async (b) => {
      const tandem = b.data.tandems[0]!.id;
      await seed(b, [{ title: 'Mine', tags: ['Privat'] }, { title: 'Tandem one', tandem_id: tandem }]);
    });
    await screen.findByTestId('journal-timeline');
    await user.click(screen.getByTestId('journal-filter-kind-entry'));
    await vi.waitFor(() => expect(location.hash).toBe('#/journal?kind=entry'));
    expect(screen.getByTestId('journal-filter-kind-entry')).toHaveAttribute('aria-pressed', 'true');
    await user.selectOptions(screen.getByTestId('journal-filter-tag'), '#Privat');
    await vi.waitFor(() => expect(location.hash).toBe('#/journal?kind=entry&tag=Privat'));
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-item-link').map((a) => a.textContent)).toEqual(['Mine']));
    expect(callsOf(backend, 'list_journal').at(-1)).toEqual({ filter: expect.objectContaining({ kinds: ['entry'], tag: 'Privat', cursor: null }) });

    // "Back": the address goes to the earlier filters and the page follows.
    go('#/journal?kind=entry');
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-item-link')).toHaveLength(2));
    expect(screen.getByTestId('journal-filter-tag')).toHaveValue('');

    go('#/journal?tag=nothing-like-this');
    expect(await screen.findByTestId('journal-no-results')).toBeInTheDocument();
  });

  it('offers the goals of the chosen tandem only', async () => {
    const { user } = await openWith('#/journal', async (b) => {
      await seed(b, [{ title: 'x' }]);
    });
    await screen.findByTestId('journal-timeline');
    expect(screen.getByTestId('journal-filter-goal')).toBeDisabled();
    await user.selectOptions(screen.getByTestId('journal-filter-tandem'), screen.getAllByRole('option', { name: /Sample/ })[0]!);
    await vi.waitFor(() => expect(screen.getByTestId('journal-filter-goal')).toBeEnabled());
    await vi.waitFor(() => expect(within(screen.getByTestId('journal-filter-goal')).getAllByRole('option').length).toBeGreaterThan(1));
    expect(location.hash).toMatch(/^#\/journal\?tandem=\d+$/);
  });

  it('loads more with the cursor', async () => {
    const { backend, user } = await openWith('#/journal', async (b) => {
      await seed(b, Array.from({ length: 35 }, (_, i) => ({ title: `Entry ${i + 1}` })));
    });
    await screen.findByTestId('journal-timeline');
    expect(screen.getAllByTestId('journal-item')).toHaveLength(30);
    await user.click(screen.getByTestId('journal-load-more'));
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-item')).toHaveLength(35));
    expect(screen.queryByTestId('journal-load-more')).not.toBeInTheDocument();
    const cursors = callsOf(backend, 'list_journal').map((c) => (c.filter as { cursor: string | null }).cursor);
    expect(cursors).toEqual([null, expect.any(String)]);
  });

  it('shows an error with a retry', async () => {
    const { backend, user } = await openWith('#/journal', async (b) => {
      await seed(b, [{ title: 'Back again' }]);
      const original = b.handle.bind(b);
      let armed = true;
      b.handle = async (cmd, args) => {
        if (armed && cmd === 'list_journal') {
          armed = false;
          throw { code: 'database', message: 'disk I/O error', field: null };
        }
        return original(cmd, args);
      };
    });
    expect(await screen.findByTestId('journal-error')).toHaveTextContent("The journal couldn't be loaded.");
    await user.click(within(screen.getByTestId('journal-error')).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-item-link').map((a) => a.textContent)).toEqual(['Back again']));
    expect(backend).toBeDefined();
  });

  it('shows the tandem journal section with links on the overview', async () => {
    let tandem = 0;
    await openWith('#/tandems', async (b) => {
      tandem = b.data.tandems[0]!.id;
      await seed(b, [{ title: 'About the tandem', tandem_id: tandem }, { title: 'Elsewhere' }]);
    });
    go(`#/tandems/${tandem}`);
    const section = await screen.findByTestId('tandem-journal');
    await vi.waitFor(() => expect(within(section).getAllByTestId('journal-item-link').map((a) => a.textContent)).toEqual(['About the tandem']));
    expect(within(section).getByTestId('tandem-journal-new')).toHaveAttribute('href', `#/journal/entries/new?tandem=${tandem}`);
    expect(within(section).getByTestId('tandem-journal-open')).toHaveAttribute('href', `#/journal?tandem=${tandem}`);
  });
});
