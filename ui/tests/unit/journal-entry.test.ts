import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { addTag, cleanTag, suggestTags } from '../../src/lib/tags';
import type { JournalEntry } from '../../src/lib/journal-types';
import { callsOf, openWith, seed } from './journal-support';

const entries = (backend: { data: unknown }) => (backend.data as { journalEntries?: JournalEntry[] }).journalEntries ?? [];
const slow = { timeout: 5000 };

describe('tags', () => {
  it('cleans, deduplicates case-insensitively and caps the list', () => {
    expect(cleanTag('  New   work ')).toBe('New work');
    expect(cleanTag('a,b')).toBe('a b');
    expect(cleanTag('x'.repeat(41))).toBeNull();
    expect(addTag(['AI'], 'ai')).toEqual(['AI']);
    expect(addTag(['AI'], ' ')).toEqual(['AI']);
    expect(addTag(Array.from({ length: 20 }, (_, i) => `t${i}`), 'more')).toHaveLength(20);
    expect(suggestTags(['AI tools', 'Mail', 'ai ethics', 'LinkedIn'], ['AI tools'], 'ai')).toEqual(['ai ethics', 'Mail']);
  });
});

describe('journal entry page', () => {
  it('creates the entry on the first content, then updates it; the address takes the id', async () => {
    let tandem = 0;
    const { backend, user } = await openWith('#/journal', async (b) => {
      tandem = b.data.tandems[0]!.id;
    });
    location.hash = `#/journal/entries/new?tandem=${tandem}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByTestId('entry-editor');
    expect(screen.getByTestId('entry-heading')).toHaveTextContent('New journal entry');
    expect(screen.getByTestId('entry-tandem')).toHaveValue(String(tandem));
    expect(screen.getByTestId('entry-save-status')).toHaveTextContent('An entry is saved once it has a title or some text.');

    await user.type(screen.getByTestId('entry-title'), 'First thoughts');
    await vi.waitFor(() => expect(callsOf(backend, 'create_journal_entry')).toHaveLength(1), slow);
    const id = entries(backend)[0]!.id;
    await vi.waitFor(() => expect(location.hash).toBe(`#/journal/entries/${id}`), slow);
    expect(entries(backend)[0]).toMatchObject({ title: 'First thoughts', tandem_id: tandem });
    await vi.waitFor(() => expect(screen.getByTestId('entry-save-status')).toHaveTextContent(/Saved \d/), slow);

    // Tags: Enter and comma add, Backspace in the empty field removes the last one.
    const tags = screen.getByTestId('tags-field');
    await user.type(tags, 'AI{Enter}LinkedIn,ai{Enter}Mail');
    await user.keyboard(',');
    expect(screen.getAllByTestId('tag-chip').map((c) => c.textContent?.trim())).toEqual(['#AI', '#LinkedIn', '#Mail']);
    await user.keyboard('{Backspace}');
    expect(screen.getAllByTestId('tag-chip').map((c) => c.textContent?.trim())).toEqual(['#AI', '#LinkedIn']);
    await user.click(screen.getByRole('button', { name: 'Remove tag “AI”' }));
    expect(screen.getAllByTestId('tag-chip').map((c) => c.textContent?.trim())).toEqual(['#LinkedIn']);

    await user.type(screen.getByTestId('entry-title'), ' on AI');
    await vi.waitFor(() => expect(entries(backend)[0]).toMatchObject({ title: 'First thoughts on AI', tags: ['LinkedIn'] }), slow);
    expect(callsOf(backend, 'create_journal_entry')).toHaveLength(1);
    expect(callsOf(backend, 'update_journal_entry').every((c) => c.id === id)).toBe(true);
    expect(screen.getByTestId('entry-title')).toHaveFocus();
  });

  it('uses the prompt of the day, reads back in read mode and deletes after confirming', async () => {
    const { backend, user } = await openWith('#/journal/entries/new', async (b) => {
      await seed(b, [{ title: 'Old', tags: ['Podcasts'] }]);
    });
    await screen.findByTestId('entry-editor');
    const card = await screen.findByTestId('prompt-card');
    const question = within(card).getByTestId('prompt-question').textContent!;
    await user.click(within(card).getByRole('button', { name: 'Write about this' }));
    expect(screen.getByTestId('entry-prompt')).toHaveTextContent(question);
    expect(await within(card).findByTestId('prompt-used')).toBeInTheDocument();

    // Known tags are suggested while typing.
    await user.type(screen.getByTestId('tags-field'), 'pod');
    await user.click(screen.getByRole('button', { name: '#Podcasts' }));
    expect(screen.getAllByTestId('tag-chip').map((c) => c.textContent?.trim())).toEqual(['#Podcasts']);

    await user.type(screen.getByTestId('entry-title'), 'Prompted');
    await vi.waitFor(() => expect(entries(backend).find((e) => e.title === 'Prompted')).toMatchObject({ prompt: question, tags: ['Podcasts'] }), slow);
    await user.click(await screen.findByTestId('entry-done'));
    expect(await screen.findByTestId('entry-view')).toHaveTextContent(question);
    expect(screen.getByTestId('entry-heading')).toHaveTextContent('Prompted');

    await user.click(screen.getByTestId('entry-delete'));
    const dialog = await screen.findByTestId('entry-delete-dialog');
    expect(dialog).toHaveTextContent('The entry “Prompted” is deleted for good.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete entry' }));
    await vi.waitFor(() => expect(location.hash).toBe('#/journal'), slow);
    expect(entries(backend).map((e) => e.title)).toEqual(['Old']);
  });

  it('shows a failed save and saves again on retry', async () => {
    const { backend, user } = await openWith('#/journal/entries/new', async (b) => {
      const original = b.handle.bind(b);
      let armed = true;
      b.handle = async (cmd, args) => {
        if (armed && cmd === 'create_journal_entry') {
          armed = false;
          throw { code: 'database', message: 'disk full', field: null };
        }
        return original(cmd, args);
      };
    });
    await user.type(await screen.findByTestId('entry-title'), 'Keep me');
    const status = screen.getByTestId('entry-save-status');
    await vi.waitFor(() => expect(status).toHaveAttribute('data-state', 'error'), slow);
    expect(status).toHaveTextContent("Couldn't save");
    await user.click(within(status).getByRole('button', { name: 'Retry' }));
    await vi.waitFor(() => expect(entries(backend).map((e) => e.title)).toEqual(['Keep me']), slow);
    await vi.waitFor(() => expect(status).toHaveTextContent(/Saved \d/), slow);
  });

  it('says so when the entry does not exist', async () => {
    await openWith('#/journal/entries/4242');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent("This entry doesn't exist (any more).");
  });
});
