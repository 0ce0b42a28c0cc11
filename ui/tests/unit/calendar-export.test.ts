import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { failOnce, go, openApp } from './app-helpers';
import { calendarOf } from '../support/mock-calendar';
import { addDaysTo, nextWeekday } from '../../src/lib/meetings';
import { today } from '../../src/lib/dates';
import { clearAnnouncement } from '../../src/lib/announce.svelte';
import type { MockBackend } from '../support/mock-backend';

function addTandem(backend: MockBackend, title = 'Jonas & me: AI') {
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

function planOne(backend: MockBackend, tandemId: number) {
  return backend.meetings.planMeeting(tandemId, { date: nextWeekday(), time: '16:00', duration_minutes: 60, place: 'Café', video_link: null });
}

function planSeries(backend: MockBackend, tandemId: number) {
  const first = nextWeekday();
  return backend.meetings.planSeries(tandemId, {
    first_date: first,
    time: '10:00',
    duration_minutes: 45,
    place: '',
    video_link: null,
    every: 1,
    unit: 'week',
    until: addDaysTo(first, 21),
  });
}

async function openMeeting(id: number) {
  go(`#/meetings/${id}`);
  await vi.waitFor(() => expect(screen.getByTestId('meeting-page')).toHaveAttribute('data-meeting-id', String(id)));
}

const lastCall = (backend: MockBackend, cmd: string) => backend.calls.findLast((c) => c.cmd === cmd)?.args;
const calls = (backend: MockBackend, cmd: string) => backend.calls.filter((c) => c.cmd === cmd);

describe('calendar export', () => {
  it('adds a single meeting to the calendar through the save dialog the backend opens', async () => {
    const { backend, user } = await openApp();
    const tandem = addTandem(backend);
    const meeting = planOne(backend, tandem.id);
    await openMeeting(meeting.id);

    const button = screen.getByTestId('calendar-add');
    expect(button).toHaveAccessibleName('Add to calendar');
    // Not part of a series: one click, no menu.
    expect(button).not.toHaveAttribute('aria-haspopup');
    await user.click(button);

    await vi.waitFor(() => expect(calls(backend, 'export_calendar')).toHaveLength(1));
    // The page only suggests a file name; the backend asks where and answers with the path.
    expect(lastCall(backend, 'export_calendar')).toEqual({
      request: { scope: { kind: 'meeting', meeting_id: meeting.id }, from: null, to: null },
      fileName: `eyelevel-${meeting.local_date}.ics`,
    });
    expect(backend.dialogs).toEqual([{ kind: 'save', fileName: `eyelevel-${meeting.local_date}.ics` }]);
    const path = `/home/alex/Documents/eyelevel-${meeting.local_date}.ics`;
    expect(await screen.findByText(`Saved 1 event to eyelevel-${meeting.local_date}.ics`)).toBeInTheDocument();
    expect(calendarOf(backend).exports).toEqual([{ path, request: expect.any(Object), events: 1 }]);
  });

  it('offers "this and the following meetings" in a series, by mouse and keyboard', async () => {
    const { backend, user } = await openApp();
    const tandem = addTandem(backend);
    const made = planSeries(backend, tandem.id);
    const second = made[1]!;
    await openMeeting(second.id);

    const button = screen.getByTestId('calendar-add');
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    // Keyboard: ArrowDown opens the menu on the first item, arrows move, Escape closes.
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = await screen.findByRole('menu');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['This meeting', 'This and the following meetings']);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(calls(backend, 'export_calendar')).toHaveLength(0);

    // Choose the rest of the series with Enter.
    await user.keyboard('{ArrowUp}');
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem')[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(calls(backend, 'export_calendar')).toHaveLength(1));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(lastCall(backend, 'export_calendar')).toMatchObject({
      request: { scope: { kind: 'series_from', meeting_id: second.id } },
      fileName: `eyelevel-jonas-me-ai-${second.local_date}.ics`,
    });
    expect(await screen.findByText(`Saved 3 events to eyelevel-jonas-me-ai-${second.local_date}.ics`)).toBeInTheDocument();

    // Mouse: a click opens the menu; a click elsewhere closes it.
    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByTestId('meeting-title'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(button);
    await user.click(screen.getByTestId('calendar-export-meeting'));
    await vi.waitFor(() => expect(calls(backend, 'export_calendar')).toHaveLength(2));
    expect(lastCall(backend, 'export_calendar')).toMatchObject({ request: { scope: { kind: 'meeting', meeting_id: second.id } } });
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const { backend, user } = await openApp();
    const tandem = addTandem(backend);
    const meeting = planOne(backend, tandem.id);
    backend.savePath = null;
    await openMeeting(meeting.id);
    clearAnnouncement();
    await user.click(screen.getByTestId('calendar-add'));
    await vi.waitFor(() => expect(calls(backend, 'export_calendar')).toHaveLength(1));
    await vi.waitFor(() => expect(screen.getByTestId('calendar-add')).not.toHaveAttribute('aria-busy', 'true'));
    expect(backend.dialogs).toHaveLength(1);
    expect(calendarOf(backend).exports).toEqual([]);
    expect(screen.queryByTestId('calendar-add-error')).not.toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toBeEmptyDOMElement();
  });

  it('exports the upcoming meetings of a tandem, and says so when there are none', async () => {
    const { backend, user } = await openApp();
    const tandem = addTandem(backend);
    go(`#/tandems/${tandem.id}`);
    await screen.findByTestId('meetings-empty');

    await user.click(screen.getByTestId('calendar-export-tandem'));
    expect(await screen.findByTestId('calendar-export-tandem-error')).toHaveTextContent('There is no meeting to export in this selection.');
    expect(screen.getByTestId('calendar-export-tandem-error')).toHaveAttribute('role', 'alert');

    planSeries(backend, tandem.id);
    await user.click(screen.getByTestId('calendar-export-tandem'));
    await vi.waitFor(() => expect(screen.queryByTestId('calendar-export-tandem-error')).not.toBeInTheDocument());
    expect(lastCall(backend, 'export_calendar')).toEqual({ request: { scope: { kind: 'tandem', tandem_id: tandem.id }, from: null, to: null }, fileName: 'eyelevel-jonas-me-ai.ics' });
    expect(await screen.findByText('Saved 4 events to eyelevel-jonas-me-ai.ics')).toBeInTheDocument();
  });

  it('offers "export all" on the list of all tandems only once a tandem exists', async () => {
    const { backend } = await openApp('#/tandems');
    await screen.findByTestId('tandems-empty');
    expect(screen.queryByTestId('calendar-export-all')).not.toBeInTheDocument();
    addTandem(backend);
    go('#/today');
    await screen.findByTestId('app-shell');
    go('#/tandems');
    const button = await screen.findByTestId('calendar-export-all');
    expect(button).toHaveAccessibleName('Export all upcoming (.ics)');
    expect(screen.getByRole('region', { name: 'Calendar' })).toHaveTextContent('The upcoming meetings of all tandems');
  });

  it('exports all upcoming meetings from the list of all tandems, errors translated', async () => {
    const { backend, user } = await openApp('#/today', { settings: { language: 'de' } });
    const a = addTandem(backend, 'Jonas');
    const b = addTandem(backend, 'Mira');
    planOne(backend, a.id);
    planSeries(backend, b.id);
    go('#/meetings');
    const button = await screen.findByTestId('calendar-export-all');
    expect(screen.getByRole('heading', { level: 2, name: 'Kalender' })).toBeInTheDocument();
    expect(button).toHaveTextContent('Alle kommenden exportieren (.ics)');

    failOnce(backend, 'export_calendar', 'io', 'disk full');
    await user.click(button);
    expect(await screen.findByTestId('calendar-export-all-error')).toHaveTextContent('Eyelevel konnte eine Datei');

    await user.click(button);
    await vi.waitFor(() => expect(screen.queryByTestId('calendar-export-all-error')).not.toBeInTheDocument());
    expect(lastCall(backend, 'export_calendar')).toMatchObject({ request: { scope: { kind: 'all' } }, fileName: `eyelevel-${today()}.ics` });
    expect(await screen.findByText(`5 Termine in eyelevel-${today()}.ics gespeichert`)).toBeInTheDocument();
  });
});
