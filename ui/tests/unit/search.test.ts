import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createSearch, hitHref } from '../../src/lib/search.svelte';
import type { SearchHit, SearchRequest, SearchResults } from '../../src/lib/journal-types';
import SnippetText from '../../src/components/search/SnippetText.svelte';
import { variants, snippet } from '../support/mock-search';
import { callsOf, openWith, seed } from './journal-support';

const hit = (patch: Partial<SearchHit> = {}): SearchHit => ({
  kind: 'entry', record_id: 1, tandem_id: null, tandem_title: null, meeting_id: null, title: '', snippet: [], at: '2026-03-01T10:00:00Z', ...patch,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createSearch', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('debounces typing into one request', async () => {
    vi.useFakeTimers();
    const run = vi.fn(async (r: SearchRequest): Promise<SearchResults> => ({ hits: [hit({ title: r.query })], total: 1 }));
    const search = createSearch(run, { delayMs: 120 });
    search.schedule({ query: 'F', kinds: [], tandem: null });
    await vi.advanceTimersByTimeAsync(50);
    search.schedule({ query: 'Fü', kinds: [], tandem: null });
    await vi.advanceTimersByTimeAsync(50);
    search.schedule({ query: 'Füh', kinds: ['entry'], tandem: 4 });
    expect(search.status).toBe('loading');
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(130);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith({ query: 'Füh', kinds: ['entry'], tandem_id: 4, limit: 50 });
    expect(search.status).toBe('done');
    expect(search.results?.hits[0]?.title).toBe('Füh');
    search.schedule({ query: '   ', kinds: [], tandem: null });
    expect(search.status).toBe('idle');
    expect(search.results).toBeNull();
  });

  it('ignores a slow answer to an older query', async () => {
    const slow = deferred<SearchResults>();
    const fast = deferred<SearchResults>();
    const run = vi.fn().mockReturnValueOnce(slow.promise).mockReturnValueOnce(fast.promise);
    const search = createSearch(run, { delayMs: 0 });
    search.schedule({ query: 'old', kinds: [], tandem: null }, true);
    search.schedule({ query: 'new', kinds: [], tandem: null }, true);
    fast.resolve({ hits: [hit({ title: 'new' })], total: 1 });
    await vi.waitFor(() => expect(search.status).toBe('done'));
    slow.resolve({ hits: [hit({ title: 'old' })], total: 1 });
    await new Promise((r) => setTimeout(r, 5));
    expect(search.results?.hits.map((h) => h.title)).toEqual(['new']);
    expect(search.query).toBe('new');
  });

  it('opens each kind where it lives', () => {
    expect(hitHref(hit({ kind: 'note', record_id: 12, meeting_id: 12 }))).toBe('#/meetings/12');
    expect(hitHref(hit({ kind: 'reflection', record_id: 3, meeting_id: 12 }))).toBe('#/meetings/12');
    expect(hitHref(hit({ kind: 'entry', record_id: 5 }))).toBe('#/journal/entries/5');
    expect(hitHref(hit({ kind: 'agreement', record_id: 7, tandem_id: 7 }))).toBe('#/tandems/7');
    expect(hitHref(hit({ kind: 'goal', record_id: 9, tandem_id: 7 }))).toBe('#/tandems/7');
    expect(hitHref(hit({ kind: 'action', record_id: 9, tandem_id: 7, meeting_id: null }))).toBe('#/tandems/7');
  });
});

describe('snippets', () => {
  it('renders parts as text with hits in <mark>, never as HTML', () => {
    const { container } = render(SnippetText, {
      parts: [
        { text: 'before <img src=x onerror="window.__pwned=1"> ', hit: false },
        { text: '<b>Führung</b>', hit: true },
        { text: ' after', hit: false },
      ],
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('<b>Führung</b>');
    expect(screen.getByTestId('search-snippet').textContent).toBe('before <img src=x onerror="window.__pwned=1"> <b>Führung</b> after');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('the mock folds umlauts both ways', () => {
    expect(variants('Führung')).toEqual(expect.arrayContaining(['führung', 'fuehrung', 'fuhrung']));
    expect(variants('Straße')).toEqual(expect.arrayContaining(['strasse']));
    const parts = snippet('Gute Führung braucht Zeit', [variants('Fuehrung')]);
    expect(parts).toEqual([
      { text: 'Gute ', hit: false },
      { text: 'Führung', hit: true },
      { text: ' braucht Zeit', hit: false },
    ]);
  });
});

describe('search page', () => {
  it('searches as you type, moves with ↓/↑ and opens with Enter', async () => {
    const { backend, user } = await openWith('#/search', async (b) => {
      await seed(b, [
        { title: 'Führung im Wandel', body: 'Was gute Führung heute heißt.' },
        { title: 'Second', body: 'Noch mehr über Fuehrung und Teams.' },
        { title: 'Unrelated', body: 'Nothing here' },
      ]);
    });
    expect(await screen.findByTestId('search-empty')).toBeInTheDocument();
    const field = screen.getByRole('combobox', { name: 'Search' });
    await user.type(field, 'führ');
    await vi.waitFor(() => expect(screen.getAllByTestId('search-hit')).toHaveLength(2));
    expect(callsOf(backend, 'search')).toHaveLength(1);
    expect(screen.getByTestId('search-count')).toHaveTextContent('2 results');
    expect(location.hash).toBe('#/search?q=f%C3%BChr');
    const first = screen.getAllByTestId('search-hit')[0]!;
    expect(within(first).getAllByText('Führung', { selector: 'mark' }).length).toBeGreaterThan(0);

    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', 'search-hit-0');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', 'search-hit-1');
    expect(screen.getAllByTestId('search-hit')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(field).toHaveAttribute('aria-activedescendant', 'search-hit-0');
    const id = backend.data as unknown as { journalEntries: { id: number; title: string }[] };
    const target = id.journalEntries.find((e) => e.title === 'Führung im Wandel')!.id;
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(location.hash).toBe(`#/journal/entries/${target}`));
  });

  it('filters by kind, shows no results and clears', async () => {
    const { user } = await openWith('#/search?q=LinkedIn', async (b) => {
      await seed(b, [{ title: 'LinkedIn notes' }]);
    });
    await vi.waitFor(() => expect(screen.getAllByTestId('search-hit').length).toBeGreaterThan(1));
    await user.click(screen.getByTestId('search-kind-entry'));
    await vi.waitFor(() => expect(screen.getAllByTestId('search-hit').map((h) => h.dataset.kind)).toEqual(['entry']));
    expect(location.hash).toBe('#/search?q=LinkedIn&kind=entry');
    await user.type(screen.getByTestId('search-field'), 'zzzz');
    expect(await screen.findByTestId('search-no-results')).toHaveTextContent('No results for “LinkedInzzzz”');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByTestId('search-empty')).toBeInTheDocument();
    expect(screen.getByTestId('search-field')).toHaveFocus();
    expect(screen.getByTestId('search-field')).toHaveValue('');
  });

  it('shows an error state', async () => {
    await openWith('#/search?q=x', async (b) => {
      const original = b.handle.bind(b);
      b.handle = async (cmd, args) => {
        if (cmd === 'search') throw { code: 'database', message: 'boom', field: null };
        return original(cmd, args);
      };
    });
    expect(await screen.findByTestId('search-error')).toHaveTextContent('The search failed.');
  });

  it('Ctrl+K or "/" opens the search focused; "/" while typing is just a character', async () => {
    const user = userEvent.setup();
    await openWith('#/journal');
    await screen.findByTestId('journal-empty');
    await user.keyboard('{Control>}k{/Control}');
    await vi.waitFor(() => expect(location.hash).toBe('#/search'));
    await vi.waitFor(() => expect(screen.getByTestId('search-field')).toHaveFocus(), { timeout: 2000 });
    await user.type(screen.getByTestId('search-field'), 'a/b');
    expect(screen.getByTestId('search-field')).toHaveValue('a/b');

    location.hash = '#/journal';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByTestId('journal-empty');
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('/');
    await vi.waitFor(() => expect(location.hash).toMatch(/^#\/search/));
    await vi.waitFor(() => expect(screen.getByTestId('search-field')).toHaveFocus(), { timeout: 2000 });
  });
});
