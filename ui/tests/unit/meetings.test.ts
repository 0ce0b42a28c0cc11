import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { go, openApp } from './app-helpers';
import { addDaysTo, nextWeekday, seriesDates } from '../../src/lib/meetings';
import { today } from '../../src/lib/dates';
import type { MockBackend } from '../support/mock-backend';

function addTandem(backend: MockBackend, title = 'Jonas & me') {
  return backend.store.createTandem({
    title,
    my_role: 'mentee',
    partner_name: 'Jonas Weber',
    partner_contact: null,
    program: null,
    start_date: '2026-01-05',
    planned_end_date: null,
    cadence: { every: 2, unit: 'week', minutes: 60 },
    focus_topic_ids: [3],
  });
}

function series(backend: MockBackend, tandemId: number, weeks = 10) {
  const first = nextWeekday();
  return backend.meetings.planSeries(tandemId, {
    first_date: first,
    time: '16:00',
    duration_minutes: 60,
    place: 'Café',
    video_link: null,
    every: 2,
    unit: 'week',
    until: addDaysTo(first, weeks * 7),
  });
}

const titles = () => screen.queryAllByTestId('agenda-item').map((item) => item.dataset.itemTitle);

async function openMeeting(id: number) {
  go(`#/meetings/${id}`);
  await screen.findByTestId('meeting-page');
  await vi.waitFor(() => expect(screen.getByTestId('meeting-page')).toHaveAttribute('data-meeting-id', String(id)));
}

async function addItem(user: Awaited<ReturnType<typeof openApp>>['user'], title: string, minutes: string, shared = true) {
  await user.click(screen.getByTestId('agenda-add'));
  await screen.findByTestId('agenda-item-dialog');
  await user.type(screen.getByTestId('agenda-item-title'), title);
  await user.clear(screen.getByTestId('agenda-item-minutes'));
  await user.type(screen.getByTestId('agenda-item-minutes'), minutes);
  if (!shared) await user.click(screen.getByTestId('agenda-item-shared'));
  await user.click(screen.getByTestId('agenda-item-save'));
  await vi.waitFor(() => expect(titles()).toContain(title));
  // Focus goes back to the button that opened the dialog.
  await vi.waitFor(() => expect(screen.getByTestId('agenda-add')).toHaveFocus());
}

describe('meetings', () => {
  it('plans a series from the tandem rhythm and lists every occurrence', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    go(`#/tandems/${tandem.id}`);
    await screen.findByTestId('meetings-empty');
    await user.click(screen.getByTestId('meeting-plan-series'));
    await screen.findByTestId('series-dialog');
    const first = nextWeekday();
    expect(screen.getByTestId('series-first-date')).toHaveValue(first);
    expect(screen.getByTestId('series-every')).toHaveValue(2);
    expect(screen.getByTestId('series-duration')).toHaveValue(60);
    await fireEvent.input(screen.getByTestId('series-until'), { target: { value: addDaysTo(first, 42) } });
    expect(screen.getByTestId('series-preview')).toHaveTextContent('4 meetings will be planned.');
    await user.click(screen.getByTestId('series-save'));
    await vi.waitFor(() => expect(screen.getAllByTestId('meeting-row')).toHaveLength(4));
    const dates = screen.getAllByTestId('meeting-row').map((row) => row.dataset.localDate);
    expect(dates).toEqual(seriesDates(first, 2, 'week', addDaysTo(first, 42)));
    expect(backend.calls.find((c) => c.cmd === 'plan_series')?.args).toMatchObject({ tandemId: tandem.id, input: { every: 2, unit: 'week', time: '16:00' } });
    expect(screen.getByText('4 meetings planned')).toBeInTheDocument();
    expect(screen.getByTestId('overview-next-meeting')).not.toHaveTextContent('No meeting planned yet');
  });

  it('edits this and all following meetings of a series', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [, second, third] = series(backend, tandem.id);
    await openMeeting(second!.id);
    await user.click(screen.getByTestId('meeting-edit'));
    await screen.findByTestId('meeting-dialog');
    await fireEvent.input(screen.getByTestId('meeting-time'), { target: { value: '18:30' } });
    await user.click(screen.getByTestId('meeting-scope-this_and_following'));
    await user.click(screen.getByTestId('meeting-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('meeting-dialog')).not.toBeInTheDocument());
    const times = backend.meetings.listMeetings(tandem.id, true).map((m) => m.local_time);
    expect(times[0]).toBe('16:00');
    expect(times.slice(1).every((time) => time === '18:30')).toBe(true);
    expect(backend.meetings.meeting(third!.id).status).toBe('moved');
    expect(backend.calls.find((c) => c.cmd === 'update_meeting')?.args).toMatchObject({ scope: 'this_and_following' });
    expect(screen.getByTestId('meeting-title')).toHaveTextContent(/18:30|6:30/);
  });

  it('builds an agenda: add, reorder with the keyboard, and warn when over time', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [meeting] = series(backend, tandem.id);
    await openMeeting(meeting!.id);
    await addItem(user, 'LinkedIn draft', '40');
    expect(screen.getByTestId('agenda-total')).toHaveTextContent('40 of 60 min planned');
    expect(screen.queryByTestId('agenda-over')).not.toBeInTheDocument();
    await addItem(user, 'AI image tools', '30');
    expect(screen.getByTestId('agenda-over')).toHaveTextContent('The agenda is 10 min longer than the meeting.');

    within(screen.getAllByTestId('agenda-item')[1]!).getByTestId('agenda-item-edit').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await vi.waitFor(() => expect(backend.meetings.getMeeting(meeting!.id).agenda.map((i) => i.title)).toEqual(['AI image tools', 'LinkedIn draft']));
    expect(titles()).toEqual(['AI image tools', 'LinkedIn draft']);
    expect(await screen.findByText('“AI image tools” moved to position 1 of 2')).toBeInTheDocument();
    // The move button keeps focus; "down" moves it back.
    within(screen.getAllByTestId('agenda-item')[0]!).getByTestId('agenda-move-down').focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(titles()).toEqual(['LinkedIn draft', 'AI image tools']));
  });

  it('adds an item from a topic and inserts its questions into the notes', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [meeting] = series(backend, tandem.id);
    await openMeeting(meeting!.id);
    await user.click(screen.getByTestId('agenda-add-from-topic'));
    await screen.findByTestId('agenda-item-dialog');
    await vi.waitFor(() => expect(screen.getByTestId('agenda-topic-select')).toHaveFocus());
    await user.selectOptions(screen.getByTestId('agenda-topic-select'), 'AI at work');
    expect(screen.getByTestId('agenda-item-title')).toHaveValue('AI at work');
    const questions = screen.getByTestId('agenda-topic-questions');
    await user.click(within(questions).getAllByTestId('agenda-insert-question')[0]!);
    expect((screen.getByTestId('agenda-item-notes') as HTMLTextAreaElement).value).toMatch(/^- /);
    await user.click(screen.getByTestId('agenda-item-save'));
    await vi.waitFor(() => expect(titles()).toEqual(['AI at work']));
    expect(backend.meetings.getMeeting(meeting!.id).agenda[0]).toMatchObject({ topic_id: 3, shared: true });
    expect(screen.getByTestId('agenda-item-topic')).toHaveTextContent('AI at work');
  });

  it('carries undiscussed items over to the next meeting', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [first, second] = series(backend, tandem.id);
    await openMeeting(first!.id);
    await addItem(user, 'Done point', '10');
    await addItem(user, 'Open point', '10');
    await user.click(within(screen.getAllByTestId('agenda-item')[0]!).getByTestId('agenda-item-discussed'));
    await vi.waitFor(() => expect(backend.meetings.getMeeting(first!.id).agenda[0]!.discussed).toBe(true));
    await user.click(screen.getByTestId('agenda-carry-over'));
    const link = await screen.findByTestId('agenda-next-meeting');
    expect(screen.getByTestId('agenda-carried')).toHaveTextContent('1 item carried over to the meeting on');
    expect(screen.getByTestId('announcer')).toHaveTextContent(/1 item carried over to the meeting on/);
    await user.click(link);
    await vi.waitFor(() => expect(screen.getByTestId('meeting-page')).toHaveAttribute('data-meeting-id', String(second!.id)));
    await vi.waitFor(() => expect(titles()).toEqual(['Open point']));
  });

  it('offers the open points of the last held meeting while preparing', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [first, second] = series(backend, tandem.id);
    const item = { topic_id: null, minutes: 10, prep_notes: '', links: [], shared: true };
    backend.meetings.addItem(first!.id, { ...item, title: 'Discussed' });
    backend.meetings.addItem(first!.id, { ...item, title: 'Still open' });
    backend.meetings.setDiscussed(backend.meetings.getMeeting(first!.id).agenda[0]!.id, true);
    backend.meetings.setHeld(first!.id, true);
    await openMeeting(second!.id);
    const panel = await screen.findByTestId('agenda-suggestions');
    expect(panel).toHaveTextContent("1 open point wasn't discussed last time.");
    expect(panel).toHaveTextContent('Still open');
    await user.click(within(panel).getByTestId('agenda-suggestions-accept'));
    await vi.waitFor(() => expect(titles()).toEqual(['Still open']));
    expect(screen.queryByTestId('agenda-suggestions')).not.toBeInTheDocument();
  });

  it('marks items private and never exports them', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [meeting] = series(backend, tandem.id);
    await openMeeting(meeting!.id);
    await addItem(user, 'Shared point', '10');
    await addItem(user, 'My private worry', '5', false);
    const privateItem = screen.getAllByTestId('agenda-item').find((el) => el.dataset.itemTitle === 'My private worry')!;
    expect(privateItem).toHaveAttribute('data-shared', 'false');
    expect(within(privateItem).getByTestId('agenda-item-visibility')).toHaveTextContent('Private – only for me');
    expect(screen.getByTestId('agenda-export-note')).toHaveTextContent('Private items are never included.');
    await user.click(screen.getByTestId('agenda-export-copy'));
    await vi.waitFor(() => expect(backend.clipboard).toContain('Shared point'));
    expect(backend.clipboard).not.toContain('My private worry');
    await user.click(screen.getByTestId('agenda-export-md'));
    await vi.waitFor(() => expect(backend.exports).toHaveLength(1));
    expect(backend.exports[0]!.content).not.toContain('My private worry');
    const args = backend.calls.find((c) => c.cmd === 'save_agenda_export')?.args as { fileName: string };
    expect(args).toMatchObject({ meetingId: meeting!.id, format: 'markdown', fileName: expect.stringMatching(/\.md$/) });
    expect(args).not.toHaveProperty('path');
    await vi.waitFor(() => expect(screen.getByTestId('agenda-export-status')).toHaveTextContent(`Saved to ${backend.exports[0]!.path}`));
    expect(backend.exports[0]!.path).toBe(`/home/alex/Documents/${args.fileName}`);
  });

  it('adds an action from the meeting and lists it on the tandem', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [meeting] = series(backend, tandem.id);
    await openMeeting(meeting!.id);
    await user.click(screen.getByTestId('action-add'));
    await user.click(screen.getByTestId('action-save'));
    expect(screen.getByTestId('action-title-error')).toHaveTextContent('Please describe the action.');
    await user.type(screen.getByTestId('action-title'), 'Send the LinkedIn draft');
    await user.selectOptions(screen.getByTestId('action-owner'), 'partner');
    await user.click(screen.getByTestId('action-save'));
    await vi.waitFor(() => expect(within(screen.getByTestId('meeting-action-list')).getAllByTestId('action-item')).toHaveLength(1));
    expect(backend.meetings.listActions(tandem.id, true)[0]).toMatchObject({ meeting_id: meeting!.id, owner: 'partner' });
  });
});

describe('meeting actions', () => {
  it('cancels this and all following meetings with a reason', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [first, second] = series(backend, tandem.id, 6);
    await openMeeting(second!.id);
    await user.click(screen.getByTestId('meeting-cancel'));
    await screen.findByTestId('meeting-cancel-dialog');
    await user.type(screen.getByTestId('meeting-cancel-reason'), 'Jonas is on parental leave');
    await user.click(screen.getByTestId('meeting-cancel-scope-this_and_following'));
    await user.click(screen.getByTestId('meeting-cancel-confirm'));
    await vi.waitFor(() => expect(screen.getByTestId('meeting-status')).toHaveTextContent('Cancelled'));
    expect(screen.getByTestId('meeting-cancel-reason-text')).toHaveTextContent('Cancelled: Jonas is on parental leave');
    const statuses = backend.meetings.listMeetings(tandem.id, true).map((m) => m.status);
    expect(statuses[0]).toBe('planned');
    expect(statuses.slice(1).every((status) => status === 'cancelled')).toBe(true);
    expect(backend.meetings.meeting(first!.id).cancel_reason).toBeNull();
  });

  it('saves an agenda as a template and starts another meeting from it', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [first, second] = series(backend, tandem.id);
    await openMeeting(first!.id);
    await addItem(user, 'Check-in', '5');
    await user.click(screen.getByTestId('agenda-save-template'));
    await user.type(await screen.findByTestId('template-name'), 'Our usual');
    await user.click(screen.getByTestId('template-save'));
    await vi.waitFor(() => expect(backend.meetings.listTemplates().map((t) => t.name)).toEqual(['Our usual']));
    await openMeeting(second!.id);
    await user.click(screen.getByTestId('agenda-templates'));
    await user.click(await screen.findByTestId('template-apply'));
    await vi.waitFor(() => expect(titles()).toEqual(['Check-in']));
  });

  it('marks a meeting as held and back', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const [first] = series(backend, tandem.id);
    await openMeeting(first!.id);
    await user.click(screen.getByTestId('meeting-mark-held'));
    await vi.waitFor(() => expect(backend.meetings.meeting(first!.id).status).toBe('held'));
    await user.click(await screen.findByTestId('meeting-mark-planned'));
    await vi.waitFor(() => expect(backend.meetings.meeting(first!.id).status).toBe('planned'));
  });
});

describe('today', () => {
  it('shows the next meeting, overdue and due-soon actions, and tandems without a meeting', async () => {
    const { backend, user } = await openApp('#/tandems');
    const tandem = addTandem(backend);
    const idle = addTandem(backend, 'Quiet tandem');
    const [meeting] = series(backend, tandem.id);
    backend.meetings.createAction(tandem.id, null, { title: 'Late task', owner: 'me', due_date: addDaysTo(today(), -2) });
    backend.meetings.createAction(tandem.id, null, { title: 'Soon task', owner: 'partner', due_date: addDaysTo(today(), 3) });
    go('#/today');
    const card = await screen.findByTestId('today-next-meeting');
    expect(card).toHaveAttribute('data-meeting-id', String(meeting!.id));
    expect(within(card).getByTestId('today-prepare')).toHaveAttribute('href', `#/meetings/${meeting!.id}`);
    expect(within(screen.getByTestId('today-overdue')).getByTestId('action-item')).toHaveTextContent(/Late task.*Overdue since/);
    expect(within(screen.getByTestId('today-due-soon')).getByTestId('action-item')).toHaveTextContent('Soon task');
    expect(within(screen.getByTestId('today-without-meeting')).getByTestId('today-unplanned-tandem')).toHaveAttribute('data-tandem-id', String(idle.id));

    await user.click(within(screen.getByTestId('today-overdue')).getByTestId('action-done'));
    await vi.waitFor(() => expect(screen.queryByTestId('today-overdue')).not.toBeInTheDocument());
    expect(backend.meetings.listActions(tandem.id, false).find((a) => a.title === 'Late task')?.done).toBe(true);
  });
});
