import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { failOnce, go, openApp } from './app-helpers';
import { calendarOf, type MockCalendar } from '../support/mock-calendar';
import type { MockBackend, MockConfig } from '../support/mock-backend';
import { catalogueKeys } from '../../src/lib/i18n/index.svelte';
import { calendarApi } from '../../src/lib/api-calendar';
import calendarDe from '../../src/lib/i18n/calendar.de.json';
import calendarEn from '../../src/lib/i18n/calendar.en.json';

async function openCalendarSettings(state: Partial<MockCalendar> = {}, config: MockConfig = {}) {
  const app = await openApp('#/today', config);
  Object.assign(calendarOf(app.backend), state);
  go('#/settings');
  const section = await screen.findByTestId('settings-calendar');
  await within(section).findByTestId('calendar-agenda-detail');
  return { ...app, section };
}

const patches = (backend: MockBackend) => backend.calls.filter((c) => c.cmd === 'update_calendar_settings').map((c) => c.args);
const chosen = (backend: MockBackend) => backend.calls.filter((c) => c.cmd === 'choose_feed_folder').map((c) => c.args);

describe('calendar settings', () => {
  it('shows the stored choices, the privacy line and the feed hint', async () => {
    const { section } = await openCalendarSettings();
    expect(within(section).getByRole('heading', { level: 2, name: 'Calendar' })).toBeInTheDocument();
    expect(within(section).getByRole('group', { name: 'Agenda in calendar events' })).toBeInTheDocument();
    expect(screen.getByTestId('calendar-agenda-titles')).toBeChecked();
    expect(screen.getByTestId('calendar-agenda-titles')).toHaveAccessibleName('Agenda titles');
    expect(screen.getByTestId('calendar-privacy')).toHaveTextContent('Private items, notes and reflections never leave Eyelevel.');
    const alarm = screen.getByTestId('calendar-alarm');
    expect(alarm).toHaveAccessibleName('Reminder in calendar events');
    expect(alarm).toHaveValue('30');
    expect([...(alarm as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'No reminder',
      '5 minutes before',
      '10 minutes before',
      '15 minutes before',
      '30 minutes before',
      '1 hour before',
      '1 day before',
    ]);
    expect(screen.getByTestId('calendar-feed-off')).toHaveTextContent('Off: no feed file is kept.');
    expect(screen.getByTestId('calendar-feed-hint')).toHaveTextContent('Apple Calendar and Thunderbird can subscribe to this local file');
    expect(screen.getByTestId('calendar-feed-choose')).toHaveTextContent('Choose folder…');
  });

  it('saves each agenda choice with its own patch', async () => {
    const { backend, user } = await openCalendarSettings();
    await user.click(screen.getByTestId('calendar-agenda-none'));
    await vi.waitFor(() => expect(screen.getByTestId('calendar-saved')).toHaveTextContent('Saved'));
    await user.click(screen.getByTestId('calendar-agenda-with_prep_notes'));
    await vi.waitFor(() => expect(patches(backend)).toHaveLength(2));
    await vi.waitFor(() => expect(screen.getByTestId('calendar-agenda-with_prep_notes')).toBeEnabled());
    await user.click(screen.getByTestId('calendar-agenda-titles'));
    await vi.waitFor(() => expect(patches(backend)).toHaveLength(3));
    expect(patches(backend)).toEqual([
      { patch: { agenda_detail: 'none' } },
      { patch: { agenda_detail: 'with_prep_notes' } },
      { patch: { agenda_detail: 'titles' } },
    ]);
    expect(calendarOf(backend).settings.agenda_detail).toBe('titles');
    await vi.waitFor(() => expect(screen.getByTestId('calendar-agenda-titles')).toBeChecked());
  });

  it('saves each reminder with its own patch (none = null)', async () => {
    const { backend, user } = await openCalendarSettings();
    const alarm = screen.getByTestId('calendar-alarm');
    const expected: (number | null)[] = [5, 10, 15, 60, 1440, null, 30];
    for (const value of expected) {
      await vi.waitFor(() => expect(alarm).toBeEnabled());
      await user.selectOptions(alarm, value === null ? '' : String(value));
      await vi.waitFor(() => expect(calendarOf(backend).settings.alarm_minutes).toBe(value));
    }
    expect(patches(backend)).toEqual(expected.map((alarm_minutes) => ({ patch: { alarm_minutes } })));
  });

  it('shows a stored reminder that is not on the list, and a failed save puts the choice back', async () => {
    const { backend, user } = await openCalendarSettings({ settings: { agenda_detail: 'none', alarm_minutes: 45, feed_folder: null } });
    expect(screen.getByTestId('calendar-alarm')).toHaveValue('45');
    expect(screen.getByRole('option', { name: '45 minutes before' })).toBeInTheDocument();
    failOnce(backend, 'update_calendar_settings', 'database', 'disk I/O error');
    await user.click(screen.getByTestId('calendar-agenda-titles'));
    expect(await screen.findByTestId('calendar-settings-error')).toHaveTextContent('The database reported an error.');
    await vi.waitFor(() => expect(screen.getByTestId('calendar-agenda-none')).toBeChecked());
    expect(screen.getByTestId('calendar-agenda-titles')).not.toBeChecked();
    expect(calendarOf(backend).settings.agenda_detail).toBe('none');
  });

  it('turns the feed on in a chosen folder, shows where and when it was written, and off again', async () => {
    const { backend, user } = await openCalendarSettings();
    await user.click(screen.getByTestId('calendar-feed-choose'));
    await vi.waitFor(() => expect(screen.getByTestId('calendar-feed-path')).toHaveTextContent('/home/alex/Calendars/eyelevel.ics'));
    // The backend asks for the folder, saves it and writes the feed: the page names no folder.
    expect(chosen(backend)).toEqual([{}]);
    expect(backend.dialogs).toEqual([{ kind: 'folder', start: null }]);
    expect(patches(backend)).toEqual([]);
    expect(screen.getByTestId('calendar-feed-events')).toHaveTextContent('0');
    expect(screen.getByTestId('calendar-feed-written')).not.toHaveTextContent('Not written yet');
    expect(await screen.findByText('The feed file is now kept in /home/alex/Calendars')).toBeInTheDocument();

    // Changing the folder starts the dialog in the current one; cancelling it changes nothing.
    calendarOf(backend).openFolder = null;
    await user.click(screen.getByTestId('calendar-feed-choose'));
    await vi.waitFor(() => expect(chosen(backend)).toHaveLength(2));
    await vi.waitFor(() => expect(screen.getByTestId('calendar-feed-choose')).not.toHaveAttribute('aria-busy', 'true'));
    expect(backend.dialogs.at(-1)).toEqual({ kind: 'folder', start: '/home/alex/Calendars' });
    expect(calendarOf(backend).settings.feed_folder).toBe('/home/alex/Calendars');
    expect(screen.getByTestId('calendar-feed-choose')).toHaveTextContent('Change folder…');
    expect(screen.getByTestId('calendar-feed-choose')).toHaveFocus();
    expect(screen.queryByTestId('calendar-feed-error')).not.toBeInTheDocument();

    // "Turn off" is the one feed change the page sends itself.
    await user.click(screen.getByTestId('calendar-feed-off-button'));
    await screen.findByTestId('calendar-feed-off');
    expect(patches(backend)).toEqual([{ patch: { feed_folder: null } }]);
    await vi.waitFor(() => expect(screen.getByTestId('calendar-feed-choose')).toHaveFocus());
    expect(calendarOf(backend).settings.feed_folder).toBeNull();
  });

  it('shows a folder the feed can’t be written to, translated, and keeps the feed off', async () => {
    const { backend, user } = await openCalendarSettings({ badFolders: ['/mnt/readonly'], openFolder: '/mnt/readonly' }, { settings: { language: 'de' } });
    await user.click(screen.getByTestId('calendar-feed-choose'));
    expect(await screen.findByTestId('calendar-feed-error')).toHaveTextContent('Eyelevel kann den Kalender-Feed nicht in diesen Ordner schreiben.');
    expect(screen.getByTestId('calendar-feed-off')).toHaveTextContent('Aus: es wird keine Feed-Datei geführt.');
    expect(calendarOf(backend).settings.feed_folder).toBeNull();
  });

  it('shows why the folder couldn’t be chosen; a folder named by the page is refused', async () => {
    const { backend, user } = await openCalendarSettings();
    failOnce(backend, 'choose_feed_folder', 'permission_denied', 'Eyelevel may not read or write the folder');
    await user.click(screen.getByTestId('calendar-feed-choose'));
    expect(await screen.findByTestId('calendar-feed-error')).toHaveTextContent("Eyelevel isn't allowed to read or write a file or folder it needs.");
    expect(screen.getByTestId('calendar-feed-off')).toBeInTheDocument();
    await expect(calendarApi.updateSettings({ feed_folder: '/home/alex/Calendars' })).rejects.toMatchObject({ code: 'invalid_input', field: 'feed_folder' });
    expect(calendarOf(backend).settings.feed_folder).toBeNull();
  });

  it('shows a failed feed write with Retry', async () => {
    const { backend, user } = await openCalendarSettings({
      settings: { agenda_detail: 'titles', alarm_minutes: 30, feed_folder: '/home/alex/Calendars' },
      feed: {
        path: '/home/alex/Calendars/eyelevel.ics',
        written_at: '2026-11-20T08:00:00Z',
        events: 4,
        error: { code: 'feed_folder_invalid', message: 'gone', field: 'feed_folder' },
      },
      feedFailing: true,
    });
    const notice = screen.getByTestId('calendar-feed-status-error');
    expect(notice).toHaveAttribute('role', 'alert');
    expect(notice).toHaveTextContent("The feed file couldn't be written");
    expect(notice).toHaveTextContent("Eyelevel can't write the calendar feed into this folder.");
    expect(screen.getByTestId('calendar-feed-events')).toHaveTextContent('4');

    await user.click(screen.getByTestId('calendar-feed-retry'));
    await vi.waitFor(() => expect(backend.calls.filter((c) => c.cmd === 'write_feed_now')).toHaveLength(1));
    expect(screen.getByTestId('calendar-feed-status-error')).toBeInTheDocument();

    calendarOf(backend).feedFailing = false;
    await user.click(screen.getByTestId('calendar-feed-retry'));
    await vi.waitFor(() => expect(screen.queryByTestId('calendar-feed-status-error')).not.toBeInTheDocument());
    expect(backend.calls.filter((c) => c.cmd === 'write_feed_now')).toHaveLength(2);
    expect(await screen.findByText('Feed file written')).toBeInTheDocument();
    // The Retry button is gone: focus goes to the folder button, not to the page.
    await vi.waitFor(() => expect(screen.getByTestId('calendar-feed-choose')).toHaveFocus());
    expect(screen.getByTestId('calendar-feed-written')).not.toHaveTextContent('Nov 20');
  });

  it('offers a retry when the settings can’t be loaded', async () => {
    const app = await openApp('#/today');
    failOnce(app.backend, 'calendar_settings', 'database', 'busy');
    go('#/settings');
    expect(await screen.findByTestId('calendar-settings-load-error')).toHaveTextContent('The database reported an error.');
    await app.user.click(screen.getByTestId('calendar-settings-reload'));
    expect(await screen.findByTestId('calendar-agenda-titles')).toBeChecked();
  });
});

describe('calendar texts', () => {
  it('calendar.{en,de}.json hold only "calendar", with the same keys, merged in', () => {
    expect(Object.keys(calendarEn)).toEqual(['calendar']);
    expect(Object.keys(calendarDe)).toEqual(['calendar']);
    const en = catalogueKeys('en').filter((k) => k.startsWith('calendar.'));
    expect(en.length).toBeGreaterThan(80);
    expect(catalogueKeys('de').filter((k) => k.startsWith('calendar.'))).toEqual(en);
  });
});
