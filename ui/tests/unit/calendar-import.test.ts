import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { failOnce, go, openApp } from './app-helpers';
import { calendarOf, DEFAULT_INVITATION } from '../support/mock-calendar';
import { formatTime } from '../../src/lib/meetings';
import type { MockBackend, MockConfig } from '../support/mock-backend';

async function tandemPage(config: MockConfig = {}) {
  const app = await openApp('#/today', { settings: { time_zone: 'Europe/Berlin', ...config.settings }, ...config });
  const tandem = app.backend.store.createTandem({
    title: 'Jonas & me',
    my_role: 'mentee',
    partner_name: 'Jonas Weber',
    partner_contact: null,
    program: null,
    start_date: '2026-01-05',
    planned_end_date: null,
    cadence: { every: 2, unit: 'week', minutes: 60 },
    focus_topic_ids: [],
  });
  go(`#/tandems/${tandem.id}`);
  await screen.findByTestId('meetings-empty');
  return { ...app, tandem };
}

async function openPreview(user: Awaited<ReturnType<typeof tandemPage>>['user']) {
  await user.click(screen.getByTestId('calendar-import'));
  const dialog = await screen.findByTestId('import-dialog');
  return dialog;
}

const calls = (backend: MockBackend, cmd: string) => backend.calls.filter((c) => c.cmd === cmd);
const rows = () => screen.getAllByTestId('import-row');
const badges = () => screen.getAllByTestId('import-row-action').map((badge) => badge.textContent);

describe('calendar import', () => {
  it('previews an invitation: rows, badges, notes and counts', async () => {
    const { backend, user, tandem } = await tandemPage();
    const dialog = await openPreview(user);

    // The backend opens the file dialog and keeps the path; the page gets a token and the name.
    expect(calls(backend, 'choose_calendar_import')[0]?.args).toEqual({});
    expect(backend.dialogs).toEqual([{ kind: 'open' }]);
    expect(dialog).toHaveAccessibleName('Import invitation');
    expect(within(dialog).getByTestId('import-file')).toHaveTextContent('File: team-invite.ics');
    await vi.waitFor(() => expect(rows()).toHaveLength(8));
    expect(calls(backend, 'preview_calendar_import')[0]?.args).toEqual({
      token: 'token-1',
      options: { tandem_id: tandem.id, all_day_time: '09:00', all_day_minutes: 60 },
    });
    expect(calendarOf(backend).picked).toEqual({ 'token-1': DEFAULT_INVITATION });

    expect(badges()).toEqual(['Skipped', 'Unchanged', 'Cancels', 'New', 'New', 'New', 'Update', 'Skipped']);
    expect(screen.getByRole('table')).toHaveAccessibleName('Events in the invitation and what importing does with them');
    const [past, kickOff, , allDay, jourFixe, , review, ahead] = rows();
    expect(past).toHaveTextContent('Already over: not imported.');
    expect(kickOff).toHaveTextContent('Café Müller');
    expect(kickOff).toHaveTextContent(`${formatTime('14:00')} · 60 min`);
    expect(allDay).toHaveTextContent(`All-day event: starts at ${formatTime('09:00')} and lasts 60 min.`);
    expect(allDay).toHaveTextContent('Office Berlin');
    expect(jourFixe).toHaveTextContent('Video: teams.microsoft.com');
    expect(jourFixe).toHaveTextContent('3 attendees');
    expect(jourFixe).toHaveTextContent('(Part of a series)');
    expect(jourFixe).toHaveTextContent('The invitation names no known time zone: times are read as Europe/Berlin.');
    expect(review).toHaveTextContent('Duration adjusted to 480 min (meetings last 15 to 480 minutes).');
    expect(review).toHaveTextContent('The place was shortened to 200 characters.');
    expect(ahead).toHaveTextContent('More than two years ahead: not imported.');

    expect(screen.getByTestId('import-counts')).toHaveTextContent('3 new · 1 update · 1 unchanged · 1 cancellation · 2 skipped');
    expect(screen.getByTestId('import-submit')).toHaveTextContent('Import 5 meetings');
    expect(screen.getByTestId('import-submit')).toBeEnabled();
    expect(calls(backend, 'import_calendar')).toHaveLength(0);
  });

  it('asks for a new preview when the all-day start or duration changes, and checks them', async () => {
    const { backend, user, tandem } = await tandemPage();
    await openPreview(user);
    await screen.findByTestId('import-all-day');
    const time = screen.getByTestId('import-all-day-time');
    const minutes = screen.getByTestId('import-all-day-minutes');
    expect(time).toHaveAccessibleName('Start time');
    expect(minutes).toHaveAccessibleName('Duration (minutes)');
    expect(time).toHaveValue('09:00');
    expect(minutes).toHaveValue(60);

    await fireEvent.input(time, { target: { value: '08:30' } });
    await fireEvent.change(time);
    await vi.waitFor(() => expect(calls(backend, 'preview_calendar_import')).toHaveLength(2));
    expect(calls(backend, 'preview_calendar_import')[1]?.args).toEqual({
      token: 'token-1',
      options: { tandem_id: tandem.id, all_day_time: '08:30', all_day_minutes: 60 },
    });
    await vi.waitFor(() => expect(rows()[3]).toHaveTextContent(`All-day event: starts at ${formatTime('08:30')} and lasts 60 min.`));
    expect(rows()[3]).toHaveTextContent(`${formatTime('08:30')} · 60 min`);

    // Out of range: shown at the field, no preview, nothing to import until fixed.
    await fireEvent.input(minutes, { target: { value: '10' } });
    await fireEvent.change(minutes);
    expect(await screen.findByTestId('import-all-day-minutes-error')).toHaveTextContent('Please enter 15 to 480 minutes.');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription('Please enter 15 to 480 minutes.');
    expect(screen.getByTestId('import-submit')).toBeDisabled();
    expect(calls(backend, 'preview_calendar_import')).toHaveLength(2);

    await fireEvent.input(minutes, { target: { value: '120' } });
    await fireEvent.change(minutes);
    await vi.waitFor(() => expect(calls(backend, 'preview_calendar_import')).toHaveLength(3));
    expect(calls(backend, 'preview_calendar_import')[2]?.args).toMatchObject({ options: { all_day_time: '08:30', all_day_minutes: 120 } });
    await vi.waitFor(() => expect(screen.getByTestId('import-submit')).toBeEnabled());
    expect(screen.queryByTestId('import-all-day-minutes-error')).not.toBeInTheDocument();
    expect(rows()[3]).toHaveTextContent('lasts 120 min.');

    // The import uses the options of the preview on screen.
    await user.click(screen.getByTestId('import-submit'));
    await vi.waitFor(() => expect(calls(backend, 'import_calendar')).toHaveLength(1));
    expect(calls(backend, 'import_calendar')[0]?.args).toEqual({
      token: 'token-1',
      options: { tandem_id: tandem.id, all_day_time: '08:30', all_day_minutes: 120 },
    });
    // The token is spent.
    await vi.waitFor(() => expect(calendarOf(backend).picked).toEqual({}));
  });

  it('imports, announces the result, shows the new meetings and gives focus back', async () => {
    const { backend, user } = await tandemPage();
    await openPreview(user);
    await vi.waitFor(() => expect(screen.getByTestId('import-submit')).toBeEnabled());
    await user.click(screen.getByTestId('import-submit'));

    await vi.waitFor(() => expect(screen.queryByTestId('import-dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Invitation imported: 3 new · 1 update · 1 unchanged · 1 cancellation · 2 skipped')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getAllByTestId('meeting-row')).toHaveLength(3));
    await vi.waitFor(() => expect(screen.getByTestId('calendar-import')).toHaveFocus());

    // The same invitation again (chosen again: the first token is spent): nothing left to do.
    await openPreview(user);
    await vi.waitFor(() => expect(rows()).toHaveLength(8));
    expect(calls(backend, 'choose_calendar_import')).toHaveLength(2);
    expect(calls(backend, 'preview_calendar_import').at(-1)?.args).toMatchObject({ token: 'token-2' });
    expect(badges().filter((badge) => badge === 'New')).toEqual([]);
    expect(screen.getByTestId('import-submit')).toBeDisabled();
    expect(screen.getByTestId('import-submit')).toHaveTextContent('Import 0 meetings');
    expect(screen.getByTestId('import-status')).toHaveTextContent('Nothing to import: every event is unchanged or skipped.');
  });

  it('disables the import when nothing would change and hides the all-day fields without all-day events', async () => {
    const { backend, user } = await tandemPage();
    calendarOf(backend).openFile = '/tmp/all-done.ics';
    await openPreview(user);
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(badges()).toEqual(['Unchanged', 'Skipped']);
    expect(rows()[1]).toHaveTextContent('This meeting was already held: it stays as it is.');
    expect(screen.queryByTestId('import-all-day')).not.toBeInTheDocument();
    expect(screen.getByTestId('import-counts')).toHaveTextContent('1 unchanged · 1 skipped');
    expect(screen.getByTestId('import-submit')).toBeDisabled();
    await user.click(screen.getByTestId('import-submit'));
    expect(calls(backend, 'import_calendar')).toHaveLength(0);
  });

  it.each([
    ['broken.ics', "This file isn't a calendar file Eyelevel can read. Nothing was changed."],
    ['huge.ics', 'This calendar file is too large to import (at most 2 MB). Nothing was changed.'],
    ['empty.ics', 'events'],
    ['many.ics', 'events'],
  ])('shows why %s can’t be imported, inside the dialog, and changes nothing', async (file, text) => {
    const { backend, user, tandem } = await tandemPage();
    calendarOf(backend).openFile = `/home/alex/Downloads/${file}`;
    const dialog = await openPreview(user);
    const error = await within(dialog).findByTestId('import-error');
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent(text);
    expect(error).not.toHaveTextContent('Something went wrong');
    expect(screen.queryByTestId('import-submit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('import-row')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('import-cancel'));
    expect(screen.queryByTestId('import-dialog')).not.toBeInTheDocument();
    expect(calls(backend, 'import_calendar')).toHaveLength(0);
    expect(backend.meetings.listMeetings(tandem.id, true)).toHaveLength(0);
  });

  it('shows a failed import in the dialog and keeps the preview', async () => {
    const { backend, user, tandem } = await tandemPage({ settings: { language: 'de' } });
    await openPreview(user);
    await vi.waitFor(() => expect(screen.getByTestId('import-submit')).toBeEnabled());
    expect(screen.getByTestId('import-submit')).toHaveTextContent('5 Treffen importieren');
    expect(badges()).toEqual(['Übersprungen', 'Unverändert', 'Absage', 'Neu', 'Neu', 'Neu', 'Änderung', 'Übersprungen']);
    failOnce(backend, 'import_calendar', 'ics_invalid', 'changed on disk');
    await user.click(screen.getByTestId('import-submit'));
    expect(await screen.findByTestId('import-error')).toHaveTextContent('Diese Datei ist keine Kalenderdatei');
    expect(screen.getByTestId('import-dialog')).toBeInTheDocument();
    expect(rows()).toHaveLength(8);
    expect(backend.meetings.listMeetings(tandem.id, true)).toHaveLength(0);

    // It can be tried again.
    expect(screen.getByTestId('import-submit')).toBeEnabled();
    await user.click(screen.getByTestId('import-submit'));
    await vi.waitFor(() => expect(screen.queryByTestId('import-dialog')).not.toBeInTheDocument());
    expect(backend.meetings.listMeetings(tandem.id, true)).toHaveLength(3);
  });

  it('shows why no invitation could be chosen, next to the button', async () => {
    const { backend, user } = await tandemPage();
    failOnce(backend, 'choose_calendar_import', 'permission_denied', 'Eyelevel may not read or write the file');
    await user.click(screen.getByTestId('calendar-import'));
    const error = await screen.findByTestId('calendar-import-error');
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent("Eyelevel isn't allowed to read or write a file or folder it needs.");
    expect(screen.queryByTestId('import-dialog')).not.toBeInTheDocument();
    expect(calls(backend, 'preview_calendar_import')).toHaveLength(0);
  });

  it('changes nothing on cancel: in the file dialog or in the preview', async () => {
    const { backend, user, tandem } = await tandemPage();
    calendarOf(backend).openFile = null;
    await user.click(screen.getByTestId('calendar-import'));
    await vi.waitFor(() => expect(calls(backend, 'choose_calendar_import')).toHaveLength(1));
    await vi.waitFor(() => expect(screen.getByTestId('calendar-import')).not.toHaveAttribute('aria-busy', 'true'));
    expect(screen.queryByTestId('import-dialog')).not.toBeInTheDocument();
    expect(calls(backend, 'preview_calendar_import')).toHaveLength(0);

    calendarOf(backend).openFile = DEFAULT_INVITATION;
    await openPreview(user);
    await vi.waitFor(() => expect(rows()).toHaveLength(8));
    await user.click(screen.getByTestId('import-cancel'));
    expect(screen.queryByTestId('import-dialog')).not.toBeInTheDocument();
    await openPreview(user);
    await vi.waitFor(() => expect(rows()).toHaveLength(8));
    await user.click(screen.getByTestId('dialog-close'));
    expect(screen.queryByTestId('import-dialog')).not.toBeInTheDocument();
    expect(calls(backend, 'import_calendar')).toHaveLength(0);
    expect(backend.meetings.listMeetings(tandem.id, true)).toHaveLength(0);
    expect(screen.getByTestId('meetings-empty')).toBeInTheDocument();
  });
});
