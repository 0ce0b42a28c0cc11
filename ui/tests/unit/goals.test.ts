import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { failOnce, openApp } from './app-helpers';
import { today } from '../../src/lib/dates';
import { formatDay } from '../../src/lib/i18n/index.svelte';
import type { MockBackend } from '../support/mock-backend';

async function withGoals() {
  const app = await openApp('#/today');
  const { backend } = app;
  const tandem = backend.store.createTandem({
    title: 'Jonas & me',
    my_role: 'mentee',
    partner_name: 'Jonas Weber',
    partner_contact: null,
    program: null,
    start_date: '2026-01-05',
    planned_end_date: null,
    cadence: { every: 2, unit: 'week', minutes: 60 },
    focus_topic_ids: [3],
  });
  for (const title of ['Use AI safely', 'Post on LinkedIn', 'Run a hybrid meeting']) {
    backend.store.createGoal(tandem.id, { title, why: '', topic_id: null, target_date: null });
  }
  location.hash = `#/tandems/${tandem.id}`;
  await screen.findByTestId('tandem-overview');
  return { ...app, tandemId: tandem.id };
}

const shown = () => screen.getAllByTestId('goal-item').filter((item) => item.closest('[data-testid="goal-list"]')).map((item) => item.dataset.goalTitle);
const stored = (backend: MockBackend, tandemId: number) =>
  backend.store.goalsOf(tandemId).filter((goal) => goal.status === 'open' || goal.status === 'in_progress').map((goal) => goal.title);
const item = (title: string) => screen.getAllByTestId('goal-item').find((el) => el.dataset.goalTitle === title)!;

describe('goals', () => {
  it('reorders with the move buttons and keeps focus on the button used', async () => {
    const { backend, user, tandemId } = await withGoals();
    expect(shown()).toEqual(['Use AI safely', 'Post on LinkedIn', 'Run a hybrid meeting']);
    const first = item('Use AI safely');
    expect(within(first).getByTestId('goal-move-up')).toBeDisabled();
    within(item('Run a hybrid meeting')).getByTestId('goal-move-up').focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(stored(backend, tandemId)).toEqual(['Use AI safely', 'Run a hybrid meeting', 'Post on LinkedIn']));
    expect(shown()).toEqual(['Use AI safely', 'Run a hybrid meeting', 'Post on LinkedIn']);
    await vi.waitFor(() => expect(within(item('Run a hybrid meeting')).getByTestId('goal-move-up')).toHaveFocus());
    expect(await screen.findByText('“Run a hybrid meeting” moved to position 2 of 3')).toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toHaveAttribute('role', 'status');

    // Once at the top, "up" is disabled and focus moves to "down" of the same goal.
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(stored(backend, tandemId)[0]).toBe('Run a hybrid meeting'));
    await vi.waitFor(() => expect(within(item('Run a hybrid meeting')).getByTestId('goal-move-down')).toHaveFocus());
    expect(backend.calls.filter((c) => c.cmd === 'reorder_goals').at(-1)?.args).toMatchObject({ tandemId });
  });

  it('reorders with Alt+Arrow keys anywhere in a goal', async () => {
    const { backend, user, tandemId } = await withGoals();
    within(item('Use AI safely')).getByTestId('goal-edit').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await vi.waitFor(() => expect(stored(backend, tandemId)).toEqual(['Post on LinkedIn', 'Use AI safely', 'Run a hybrid meeting']));
    await vi.waitFor(() => expect(within(item('Use AI safely')).getByTestId('goal-edit')).toHaveFocus());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await vi.waitFor(() => expect(stored(backend, tandemId)).toEqual(['Post on LinkedIn', 'Run a hybrid meeting', 'Use AI safely']));
    // Already last: nothing happens, nothing is sent.
    const before = backend.calls.length;
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(backend.calls.length).toBe(before);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await vi.waitFor(() => expect(stored(backend, tandemId)).toEqual(['Post on LinkedIn', 'Use AI safely', 'Run a hybrid meeting']));
  });

  it('adds a goal in a dialog, validates it, and returns focus', async () => {
    const { backend, user, tandemId } = await withGoals();
    await user.click(screen.getByTestId('goal-add'));
    const dialog = await screen.findByTestId('goal-dialog');
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('heading', { name: 'New goal' })).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByTestId('goal-title')).toHaveFocus());
    await user.click(screen.getByTestId('goal-save'));
    expect(screen.getByTestId('goal-title-error')).toHaveTextContent('Please enter a title.');
    await user.type(screen.getByTestId('goal-title'), 'Try an AI image tool');
    await user.type(screen.getByTestId('goal-why'), 'For our newsletter.');
    await user.selectOptions(screen.getByTestId('goal-topic'), 'AI at work');
    await user.click(screen.getByTestId('goal-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('goal-dialog')).not.toBeInTheDocument());
    expect(shown().at(-1)).toBe('Try an AI image tool');
    expect(backend.store.goalsOf(tandemId).at(-1)).toMatchObject({ why: 'For our newsletter.', topic_id: 3 });
    expect(item('Try an AI image tool')).toHaveTextContent('Topic: AI at work');
    await vi.waitFor(() => expect(screen.getByTestId('goal-add')).toHaveFocus());
  });

  it.each([
    ['title', 'title_required', 'goal-title', 'Please enter a title.'],
    ['title', 'text_too_long', 'goal-title', 'This is too long: at most 200 characters.'],
    ['why', 'text_too_long', 'goal-why', 'This is too long: at most 20,000 characters.'],
  ])('puts a core error about %s (%s) at that field', async (field, code, testid, text) => {
    const { backend, user } = await withGoals();
    await user.click(screen.getByTestId('goal-add'));
    await user.type(await screen.findByTestId('goal-title'), 'Try an AI image tool');
    failOnce(backend, 'create_goal', code, 'The reason is wrong.', field);
    await user.click(screen.getByTestId('goal-save'));
    expect(await screen.findByTestId(`${testid}-error`)).toHaveTextContent(text);
    await vi.waitFor(() => expect(screen.getByTestId(testid)).toHaveFocus());
    expect(screen.queryByTestId('goal-dialog-error')).not.toBeInTheDocument();
  });

  it('shows a core error without a known field in the dialog notice', async () => {
    const { backend, user } = await withGoals();
    await user.click(screen.getByTestId('goal-add'));
    await user.type(await screen.findByTestId('goal-title'), 'Try an AI image tool');
    failOnce(backend, 'create_goal', 'not_found', 'Not found: topic 99.', null);
    await user.click(screen.getByTestId('goal-save'));
    expect(await screen.findByTestId('goal-dialog-error')).toHaveTextContent("This item doesn't exist (anymore).");
    expect(screen.queryByTestId('goal-title-error')).not.toBeInTheDocument();
  });

  it('puts a core error about a progress note at the note', async () => {
    const { backend, user } = await withGoals();
    const goal = item('Use AI safely');
    await user.click(within(goal).getByTestId('goal-notes-toggle'));
    const input = within(goal).getByTestId('goal-note-input');
    await user.type(input, 'A note.');
    failOnce(backend, 'add_goal_note', 'text_too_long', 'The note is too long: at most 20000 characters are allowed.', 'body');
    await user.click(within(goal).getByTestId('goal-note-save'));
    await vi.waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription('This is too long: at most 20,000 characters.');
    await user.type(input, ' More.');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.click(within(goal).getByTestId('goal-note-save'));
    await vi.waitFor(() => expect(within(goal).getAllByTestId('goal-timeline-note')).toHaveLength(1));
  });

  it('closes the dialog with Escape without saving', async () => {
    const { backend, user } = await withGoals();
    await user.click(within(item('Post on LinkedIn')).getByTestId('goal-edit'));
    const dialog = await screen.findByTestId('goal-dialog');
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await vi.waitFor(() => expect(screen.queryByTestId('goal-dialog')).not.toBeInTheDocument());
    expect(backend.calls.map((c) => c.cmd)).not.toContain('update_goal');
    await vi.waitFor(() => expect(within(item('Post on LinkedIn')).getByTestId('goal-edit')).toHaveFocus());
  });

  it('moves achieved goals to the history with their date, and back', async () => {
    const { user } = await withGoals();
    await user.selectOptions(within(item('Post on LinkedIn')).getByTestId('goal-status'), 'achieved');
    const history = screen.getByTestId('goals-history');
    await vi.waitFor(() => expect(within(history).getByTestId('goal-item')).toHaveAttribute('data-goal-title', 'Post on LinkedIn'));
    expect(within(history).getByTestId('goal-status-date')).toHaveTextContent(`Achieved on ${formatDay(today())}`);
    expect(shown()).toEqual(['Use AI safely', 'Run a hybrid meeting']);
    await vi.waitFor(() => expect(within(history).getByTestId('goal-status')).toHaveFocus());

    await user.selectOptions(within(history).getByTestId('goal-status'), 'in_progress');
    await vi.waitFor(() => expect(shown()).toEqual(['Use AI safely', 'Run a hybrid meeting', 'Post on LinkedIn']));
    expect(within(item('Post on LinkedIn')).getByTestId('goal-move-up')).toBeInTheDocument();
  });

  it('keeps progress notes in a timeline with the status changes', async () => {
    const { user } = await withGoals();
    const goal = item('Use AI safely');
    const toggle = within(goal).getByTestId('goal-notes-toggle');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('Progress (0 notes)');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.type(within(goal).getByTestId('goal-note-input'), 'Summarised a report with it.');
    await user.click(within(goal).getByTestId('goal-note-save'));
    await vi.waitFor(() => expect(within(goal).getAllByTestId('goal-timeline-note')).toHaveLength(1));
    const entries = within(within(goal).getByTestId('goal-timeline')).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('Summarised a report with it.');
    expect(entries[1]).toHaveTextContent('New status: Open');
    expect(toggle).toHaveTextContent('Progress (1 note)');
    expect(within(goal).getByTestId('goal-note-input')).toHaveValue('');
  });

  it('deletes a goal only after confirming', async () => {
    const { backend, user, tandemId } = await withGoals();
    await user.click(within(item('Post on LinkedIn')).getByTestId('goal-delete'));
    const dialog = await screen.findByTestId('goal-delete-dialog');
    expect(dialog).toHaveAttribute('role', 'alertdialog');
    expect(dialog).toHaveTextContent('Delete “Post on LinkedIn”?');
    await user.click(screen.getByTestId('goal-delete-dialog-cancel'));
    expect(backend.store.goalsOf(tandemId)).toHaveLength(3);
    await user.click(within(item('Post on LinkedIn')).getByTestId('goal-delete'));
    await user.click(await screen.findByTestId('goal-delete-dialog-confirm'));
    await vi.waitFor(() => expect(shown()).toEqual(['Use AI safely', 'Run a hybrid meeting']));
    expect(backend.store.goalsOf(tandemId)).toHaveLength(2);
  });
});
