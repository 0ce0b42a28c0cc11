// What the user writes in Markdown outside notes, journal and reflections — the agenda's
// preparation notes, the agreement's texts, their own topics' descriptions — is shown the same
// way: rendered and sanitised by the core (render_markdown) and put on the page by MarkdownView.
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { go, openApp } from './app-helpers';
import { openMeeting, seedMeeting } from './notes-support';
import type { MockBackend } from '../support/mock-backend';

const HOSTILE = 'Look <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> **here**';

/** Whatever the core answers for `text` (the mock renders a small Markdown subset, escaping HTML). */
function answerFor(backend: MockBackend, text: string, html: string): void {
  const original = backend.handle.bind(backend);
  backend.handle = async (cmd: string, args: unknown) => {
    if (cmd === 'render_markdown' && (args as { text?: string }).text === text) {
      backend.calls.push({ cmd, args });
      return html;
    }
    return original(cmd, args);
  };
}

function rendered(backend: MockBackend): string[] {
  return backend.calls.filter((c) => c.cmd === 'render_markdown').map((c) => (c.args as { text: string }).text);
}

/** Nothing the user typed became a live element: no script, no image, no handler ran. */
function expectInert(view: HTMLElement): void {
  expect(view.querySelector('script, img, iframe, [onerror]')).toBeNull();
  expect(view).toHaveTextContent('<script>window.__pwned = 1</script>');
  expect(view).toHaveTextContent('<img src=x onerror="window.__pwned = 2">');
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('Markdown outside the editors', () => {
  it('renders an agenda item’s preparation notes, and raw HTML in them stays text', async () => {
    const { backend } = await openApp('#/today');
    const { meeting } = seedMeeting(backend);
    const base = { topic_id: null, minutes: 10, links: [], shared: true };
    backend.meetings.addItem(meeting.id, { ...base, title: 'Prompting', prep_notes: '- **Bring** two examples\n- ask about *tone*' });
    backend.meetings.addItem(meeting.id, { ...base, title: 'Hostile', prep_notes: HOSTILE });
    backend.meetings.addItem(meeting.id, { ...base, title: 'No notes', prep_notes: '' });
    await openMeeting(meeting.id);

    const [prompting, hostile, plain] = screen.getAllByTestId('agenda-item');
    const notes = within(prompting!).getByTestId('agenda-item-notes');
    await vi.waitFor(() => expect(notes.querySelector('strong')).toHaveTextContent('Bring'));
    expect(notes.querySelector('em')).toHaveTextContent('tone');
    expect(notes.querySelectorAll('li')).toHaveLength(2);

    const hostileNotes = within(hostile!).getByTestId('agenda-item-notes');
    await vi.waitFor(() => expect(hostileNotes.querySelector('strong')).toHaveTextContent('here'));
    expectInert(hostileNotes);

    expect(within(plain!).queryByTestId('agenda-item-notes')).not.toBeInTheDocument();
    expect(rendered(backend)).toEqual(expect.arrayContaining(['- **Bring** two examples\n- ask about *tone*', HOSTILE]));
  });

  it('shows exactly the HTML the core answers (the UI never renders Markdown itself)', async () => {
    const { backend } = await openApp('#/today');
    const { meeting } = seedMeeting(backend);
    answerFor(backend, 'plain words', '<p>rendered by the <mark>core</mark></p>');
    backend.meetings.addItem(meeting.id, { topic_id: null, minutes: 5, links: [], shared: true, title: 'Item', prep_notes: 'plain words' });
    await openMeeting(meeting.id);
    const notes = screen.getByTestId('agenda-item-notes');
    await vi.waitFor(() => expect(notes.querySelector('mark')).toHaveTextContent('core'));
    expect(notes).toHaveTextContent('rendered by the core');
    expect(notes).not.toHaveTextContent('plain words');
  });

  it('renders the agreement’s texts, and keeps its facts plain', async () => {
    const { backend } = await openApp('#/today');
    const { tandem } = seedMeeting(backend);
    backend.store.saveAgreement(tandem.id, {
      my_expectations: '## Learn\n- **AI tools** at work',
      partner_expectations: 'A *fresh* view',
      cadence: { every: 2, unit: 'week', minutes: 60 },
      place: 'Room **3**',
      video_link: null,
      confidentiality: HOSTILE,
      hr_sharing: '',
      voluntary: true,
      feedback: 'Say it [kindly](https://example.org/kind)',
      review_date: null,
    });
    backend.store.markAgreed(tandem.id, '2026-01-05');
    go(`#/tandems/${tandem.id}/agreement`);
    const view = await screen.findByTestId('agreement-view');

    const mine = within(view).getByTestId('agreement-my-expectations-view');
    await vi.waitFor(() => expect(mine.querySelector('strong')).toHaveTextContent('AI tools'));
    expect(mine.querySelector('h2')).toHaveTextContent('Learn');
    await vi.waitFor(() => expect(within(view).getByTestId('agreement-partner-expectations-view').querySelector('em')).toHaveTextContent('fresh'));
    const link = await vi.waitFor(() => within(view).getByRole('link', { name: 'kindly' }));
    expect(link).toHaveAttribute('href', 'https://example.org/kind');
    const confidential = within(view).getByTestId('agreement-confidentiality-view');
    await vi.waitFor(() => expect(confidential.querySelector('strong')).toHaveTextContent('here'));
    expectInert(confidential);

    // An empty text says so; the place is a plain line; nothing else asked the renderer.
    expect(within(view).queryByTestId('agreement-hr-sharing-view')).not.toBeInTheDocument();
    expect(view).toHaveTextContent('Room **3**');
    expect(new Set(rendered(backend))).toEqual(new Set(['## Learn\n- **AI tools** at work', 'A *fresh* view', HOSTILE, 'Say it [kindly](https://example.org/kind)']));
  });

  it('renders the description of an own topic (built-in ones are plain text) in the library and the agenda', async () => {
    const { backend, user } = await openApp('#/today');
    const { meeting } = seedMeeting(backend);
    backend.store.createTopic({ title: 'Podcasts', description: 'Listening **and** making them. ' + HOSTILE, questions: ['Which one?'] });
    go('#/topics');
    await screen.findAllByTestId('topic-card');
    const own = screen.getAllByTestId('topic-card').find((card) => card.dataset.builtin === 'false')!;
    const description = within(own).getByTestId('topic-description-view');
    await vi.waitFor(() => expect(description.querySelector('strong')).toHaveTextContent('and'));
    expectInert(description);
    for (const builtin of screen.getAllByTestId('topic-card').filter((card) => card.dataset.builtin === 'true')) {
      expect(within(builtin).queryByTestId('topic-description-view')).not.toBeInTheDocument();
    }
    expect(rendered(backend).every((text) => text.startsWith('Listening'))).toBe(true);

    await openMeeting(meeting.id);
    await user.click(screen.getByTestId('agenda-add-topic'));
    const dialog = await screen.findByTestId('agenda-topic-dialog');
    const pick = within(dialog).getByTestId('agenda-topic-pick');
    await user.selectOptions(pick, within(pick).getByRole('option', { name: 'Podcasts' }));
    const preview = await within(dialog).findByTestId('agenda-topic-description');
    await vi.waitFor(() => expect(preview.querySelector('strong')).toHaveTextContent('and'));
    expectInert(preview);
  });
});
