import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { go, openApp } from './app-helpers';
import { addDaysTo } from '../../src/lib/meetings';
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
    focus_topic_ids: [],
  });
}

const item = (list: HTMLElement, title: string) => within(list).getAllByTestId('action-item').find((el) => el.dataset.actionTitle === title)!;

describe('editing and deleting action items', () => {
  it('edits title, owner and due date on the tandem overview, and cancelling keeps it', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const action = backend.meetings.createAction(tandem.id, null, { title: 'Draft the CV', owner: 'me', due_date: null });
    go(`#/tandems/${tandem.id}`);
    const list = await screen.findByTestId('action-list');

    // Cancel leaves it as it was and puts focus back on the edit button.
    await user.click(within(item(list, 'Draft the CV')).getByTestId('action-edit'));
    expect(screen.getByTestId('action-title')).toHaveValue('Draft the CV');
    await user.click(screen.getByTestId('action-cancel'));
    await vi.waitFor(() => expect(within(item(list, 'Draft the CV')).getByTestId('action-edit')).toHaveFocus());

    await user.click(within(item(list, 'Draft the CV')).getByTestId('action-edit'));
    const title = screen.getByTestId('action-title');
    await vi.waitFor(() => expect(title).toHaveFocus());
    await user.clear(title);
    await user.click(screen.getByTestId('action-save'));
    expect(screen.getByTestId('action-title-error')).toHaveTextContent('Please describe the action.');
    await user.type(title, 'Send the CV');
    await user.selectOptions(screen.getByTestId('action-owner'), 'partner');
    const due = addDaysTo(today(), 5);
    await fireEvent.input(screen.getByTestId('action-due-date'), { target: { value: due } });
    expect(screen.getByTestId('action-save')).toHaveTextContent('Save changes');
    await user.click(screen.getByTestId('action-save'));

    await vi.waitFor(() => expect(backend.meetings.listActions(tandem.id, false)).toMatchObject([{ id: action.id, title: 'Send the CV', owner: 'partner', due_date: due }]));
    const edited = await vi.waitFor(() => item(screen.getByTestId('action-list'), 'Send the CV'));
    expect(edited).toHaveTextContent('My tandem partner');
    expect(within(edited).getByTestId('action-due')).toBeInTheDocument();
    await vi.waitFor(() => expect(within(edited).getByTestId('action-edit')).toHaveFocus());
    expect(backend.calls.find((c) => c.cmd === 'update_action')?.args).toMatchObject({ id: action.id, input: { title: 'Send the CV', owner: 'partner', due_date: due } });
  });

  it('deletes an action after a confirmation; cancel keeps it', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    backend.meetings.createAction(tandem.id, null, { title: 'Keep me', owner: 'me', due_date: null });
    const gone = backend.meetings.createAction(tandem.id, null, { title: 'Remove me', owner: 'me', due_date: null });
    go(`#/tandems/${tandem.id}`);
    const list = await screen.findByTestId('action-list');

    const button = within(item(list, 'Remove me')).getByTestId('action-delete');
    expect(button).toHaveAccessibleName('Delete: Remove me');
    await user.click(button);
    const dialog = await screen.findByTestId('action-delete-dialog');
    expect(dialog).toHaveTextContent('Delete “Remove me”?');
    await user.click(screen.getByTestId('action-delete-cancel'));
    await vi.waitFor(() => expect(screen.queryByTestId('action-delete-dialog')).not.toBeInTheDocument());
    await vi.waitFor(() => expect(within(item(list, 'Remove me')).getByTestId('action-delete')).toHaveFocus());
    expect(backend.meetings.listActions(tandem.id, false)).toHaveLength(2);

    await user.click(within(item(list, 'Remove me')).getByTestId('action-delete'));
    await user.click(await screen.findByTestId('action-delete-confirm'));
    await vi.waitFor(() => expect(within(screen.getByTestId('action-list')).getAllByTestId('action-item')).toHaveLength(1));
    expect(backend.meetings.listActions(tandem.id, false).map((a) => a.title)).toEqual(['Keep me']);
    expect(backend.calls.find((c) => c.cmd === 'delete_action')?.args).toEqual({ id: gone.id });
    expect(screen.getByText('Action “Remove me” deleted')).toBeInTheDocument();
  });

  it('edits and deletes actions on the meeting page', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const meeting = backend.meetings.planMeeting(tandem.id, { date: addDaysTo(today(), 3), time: '14:00', duration_minutes: 60, place: '', video_link: null });
    backend.meetings.createAction(tandem.id, meeting.id, { title: 'From the meeting', owner: 'me', due_date: null });
    go(`#/meetings/${meeting.id}`);
    const list = await screen.findByTestId('meeting-action-list');
    await user.click(within(item(list, 'From the meeting')).getByTestId('action-edit'));
    await user.type(within(list).getByTestId('action-title'), ' (updated)');
    await user.click(within(list).getByTestId('action-save'));
    await vi.waitFor(() => expect(item(screen.getByTestId('meeting-action-list'), 'From the meeting (updated)')).toBeDefined());
    await user.click(within(item(screen.getByTestId('meeting-action-list'), 'From the meeting (updated)')).getByTestId('action-delete'));
    await user.click(await screen.findByTestId('action-delete-confirm'));
    await vi.waitFor(() => expect(backend.meetings.listActions(tandem.id, false)).toHaveLength(0));
    await screen.findByText('No actions from this meeting yet.');
  });

  it('edits and deletes overdue and due-soon actions on Today', async () => {
    const { backend, user } = await openApp('#/tandems');
    const tandem = addTandem(backend);
    backend.meetings.createAction(tandem.id, null, { title: 'Late task', owner: 'me', due_date: addDaysTo(today(), -2) });
    backend.meetings.createAction(tandem.id, null, { title: 'Soon task', owner: 'me', due_date: addDaysTo(today(), 3) });
    go('#/today');
    const overdue = await screen.findByTestId('today-overdue');
    // Moving the due date out of the past moves it to "due soon".
    await user.click(within(overdue).getByTestId('action-edit'));
    await fireEvent.input(within(overdue).getByTestId('action-due-date'), { target: { value: addDaysTo(today(), 2) } });
    await user.click(within(overdue).getByTestId('action-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('today-overdue')).not.toBeInTheDocument());
    expect(within(screen.getByTestId('today-due-soon')).getAllByTestId('action-item').map((el) => el.dataset.actionTitle)).toEqual(['Late task', 'Soon task']);

    await user.click(within(item(screen.getByTestId('today-due-soon'), 'Soon task')).getByTestId('action-delete'));
    await user.click(await screen.findByTestId('action-delete-confirm'));
    await vi.waitFor(() => expect(within(screen.getByTestId('today-due-soon')).getAllByTestId('action-item')).toHaveLength(1));
    expect(backend.meetings.listActions(tandem.id, false).map((a) => a.title)).toEqual(['Late task']);
  });
});

describe('Today: plan one', () => {
  it('opens the series dialog on the tandem page once, then clears the flag', async () => {
    const { backend, user } = await openApp('#/tandems');
    const idle = addTandem(backend, 'Quiet tandem');
    go('#/today');
    const link = await screen.findByTestId('today-plan-one');
    expect(link).toHaveAttribute('href', `#/tandems/${idle.id}?plan=series`);
    await user.click(link);
    await screen.findByTestId('series-dialog');
    expect(screen.getByTestId('tandem-overview')).toBeInTheDocument();
    expect(location.hash).toBe(`#/tandems/${idle.id}`);
    await user.click(screen.getByTestId('dialog-close'));
    await vi.waitFor(() => expect(screen.queryByTestId('series-dialog')).not.toBeInTheDocument());
    // A plain visit does not open it.
    go('#/today');
    await screen.findByTestId('today-plan-one');
    go(`#/tandems/${idle.id}`);
    await screen.findByTestId('meetings-empty');
    expect(screen.queryByTestId('series-dialog')).not.toBeInTheDocument();
  });
});
