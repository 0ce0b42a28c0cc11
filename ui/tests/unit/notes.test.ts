import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/svelte';
import { failOnce, go, openApp } from './app-helpers';
import { notesData, openMeeting, seedMeeting, typeInto, waitForSaved } from './notes-support';

describe('meeting notes', () => {
  it('saves as you type, shows when, and previews the rendered Markdown', async () => {
    const { backend, user } = await openApp('#/today');
    const { meeting } = seedMeeting(backend);
    await openMeeting(meeting.id);
    const section = screen.getByTestId('meeting-notes-section');
    expect(within(section).getByRole('heading', { name: 'Notes' })).toBeInTheDocument();
    // An empty note opens ready to write.
    expect(await within(section).findByRole('textbox', { name: 'Meeting notes' })).toBeInTheDocument();

    await typeInto('notes-editor', '## Takeaways\n- **Prompting** is a skill');
    expect(screen.getByTestId('notes-save-status')).toHaveTextContent('Saving…');
    await waitForSaved('notes-save-status');
    expect(screen.getByTestId('notes-save-status')).toHaveTextContent(/^Saved \d{1,2}:\d{2}( [AP]M)?$/);
    expect(notesData(backend).notes).toEqual([expect.objectContaining({ meeting_id: meeting.id, body: '## Takeaways\n- **Prompting** is a skill' })]);
    // One save for the whole burst of typing.
    expect(backend.calls.filter((c) => c.cmd === 'save_note')).toHaveLength(1);

    await user.click(screen.getByTestId('notes-mode-toggle'));
    const view = await screen.findByTestId('notes-view');
    await waitFor(() => expect(view.querySelector('h2')).toHaveTextContent('Takeaways'));
    expect(view.querySelector('strong')).toHaveTextContent('Prompting');
    expect(screen.getByTestId('notes-mode-toggle')).toHaveAttribute('aria-pressed', 'true');
    expect(backend.calls.some((c) => c.cmd === 'render_markdown')).toBe(true);
  });

  it('opens existing notes rendered, and never shows raw HTML', async () => {
    const { backend, user } = await openApp('#/today');
    const { meeting } = seedMeeting(backend);
    notesData(backend).notes = [{ meeting_id: meeting.id, body: 'Hi <img src=x onerror="window.pwned=1"> **there**', updated_at: new Date().toISOString(), shared: false }];
    await openMeeting(meeting.id);
    const view = await screen.findByTestId('notes-view');
    await waitFor(() => expect(view.querySelector('strong')).toHaveTextContent('there'));
    expect(view.querySelector('img')).toBeNull();
    expect(view).toHaveTextContent('<img src=x');
    await user.click(screen.getByTestId('notes-mode-toggle'));
    expect(await screen.findByRole('textbox', { name: 'Meeting notes' })).toHaveTextContent('Hi <img');
  });

  it("says when it couldn't save, and saves on retry", async () => {
    const { backend, user } = await openApp('#/today');
    const { meeting } = seedMeeting(backend);
    await openMeeting(meeting.id);
    failOnce(backend, 'save_note', 'io', 'disk full');
    await typeInto('notes-editor', 'Important');
    const status = screen.getByTestId('notes-save-status');
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'error'), { timeout: 3000 });
    expect(within(status).getByRole('alert')).toHaveTextContent("Couldn't save");
    expect(notesData(backend).notes ?? []).toEqual([]);
    await user.click(screen.getByTestId('notes-save-status-retry'));
    await waitForSaved('notes-save-status');
    expect(notesData(backend).notes).toEqual([expect.objectContaining({ body: 'Important' })]);
  });

  it('says why when the text is too long', async () => {
    const { backend } = await openApp('#/today');
    const { meeting } = seedMeeting(backend);
    await openMeeting(meeting.id);
    failOnce(backend, 'save_note', 'text_too_long', 'the note is too long', 'body');
    await typeInto('notes-editor', 'Very long');
    const reason = await screen.findByTestId('notes-save-status-reason', {}, { timeout: 3000 });
    expect(reason).toHaveTextContent('Notes can have up to 100,000 characters');
  });

  it('saves what is still pending when leaving the page', async () => {
    const { backend } = await openApp('#/today');
    const { meeting } = seedMeeting(backend);
    await openMeeting(meeting.id);
    await typeInto('notes-editor', 'Last words');
    go('#/today');
    await waitFor(() => expect(screen.queryByTestId('meeting-page')).toBeNull());
    // Sooner than the 500 ms autosave delay: leaving flushed it.
    await waitFor(() => expect(notesData(backend).notes).toEqual([expect.objectContaining({ body: 'Last words' })]), { timeout: 300 });
  });
});
