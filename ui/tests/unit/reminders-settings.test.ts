import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { failOnce } from './app-helpers';
import { remindersOf, type MockReminders } from '../support/mock-reminders';
import type { MockConfig } from '../support/mock-backend';
import { addTandem, calls, openWithReminders } from './reminders-support';

async function openSettings(state: Partial<MockReminders> = {}, config: MockConfig = {}) {
  const app = await openWithReminders('#/settings', state, config);
  const section = await screen.findByTestId('settings-reminders');
  await within(section).findByTestId('reminders-status');
  return { ...app, section };
}

const patches = (backend: Parameters<typeof calls>[0]) => calls(backend, 'update_reminder_settings');

describe('Settings → Reminders', () => {
  it('shows the status, discreet notifications, quiet hours 20:00–08:00 and the app switches', async () => {
    const { section } = await openSettings();
    expect(within(section).getByRole('heading', { level: 2, name: 'Reminders' })).toBeInTheDocument();
    expect(section).toHaveAttribute('id', 'settings-reminders');
    expect(screen.getByTestId('reminders-status-state')).toHaveTextContent('Not tried yet');
    const showTitle = screen.getByRole('switch', { name: 'Show the tandem title in notifications' });
    expect(showTitle).not.toBeChecked();
    expect(showTitle).toHaveAccessibleDescription(/Off by default: notifications can pop up on a shared or projected screen/);
    expect(screen.getByRole('switch', { name: 'Hold reminders back during quiet hours' })).toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue('20:00');
    expect(screen.getByLabelText('Until')).toHaveValue('08:00');
    expect(screen.getByRole('switch', { name: 'Keep running in the tray when the window is closed' })).not.toBeChecked();
    const autostart = screen.getByRole('switch', { name: 'Start Eyelevel at login' });
    expect(autostart).not.toBeChecked();
    expect(autostart).toBeEnabled();
  });

  it('sends a test notification and shows whether it could be shown', async () => {
    const { backend, user } = await openSettings();
    await user.click(screen.getByTestId('reminders-test'));
    await vi.waitFor(() => expect(screen.getByTestId('reminders-test-result')).toHaveTextContent('Test notification sent.'));
    expect(screen.getByTestId('reminders-status-state')).toHaveTextContent('Available: reminders appear as desktop notifications.');

    remindersOf(backend).notificationServer = false;
    await user.click(screen.getByTestId('reminders-test'));
    await vi.waitFor(() => expect(screen.getByTestId('reminders-test-result')).toHaveTextContent('The test notification couldn’t be shown.'));
    expect(screen.getByTestId('reminders-status-state')).toHaveTextContent('Unavailable: reminders collect in the reminders inbox');
    expect(screen.getByTestId('reminders-status-reason')).toHaveTextContent('Why: org.freedesktop.DBus.Error.ServiceUnknown');
    expect(screen.getByTestId('reminders-inbox-link')).toHaveAttribute('href', '#/inbox');
    expect(calls(backend, 'send_test_notification')).toHaveLength(2);
    // The shell's status (and the inbox banner) follow.
    expect(remindersOf(backend).testNotifications).toBe(2);
  });

  it('shows when the next reminder is due', async () => {
    await openSettings({ status: { notifications: 'available', reason: null, next_at: '2026-03-03T12:30:00Z', tray: true, autostart: true } });
    expect(screen.getByTestId('reminders-next')).toHaveTextContent('Next reminder: Mar 3, 2026, 1:30 PM');
    expect(screen.getByRole('switch', { name: 'Start Eyelevel at login' })).toBeChecked();
  });

  it('saves each switch at once with its own patch', async () => {
    const { backend, user } = await openSettings();
    await user.click(screen.getByRole('switch', { name: 'Show the tandem title in notifications' }));
    await vi.waitFor(() => expect(screen.getByTestId('reminders-privacy-saved')).toHaveTextContent('Saved'));
    expect(screen.getByRole('switch', { name: 'Show the tandem title in notifications' })).toBeChecked();
    await user.click(screen.getByRole('switch', { name: 'Keep running in the tray when the window is closed' }));
    await vi.waitFor(() => expect(screen.getByTestId('reminders-app-saved')).toHaveTextContent('Saved'));
    expect(screen.getByTestId('reminders-privacy-saved')).toHaveTextContent('');
    await user.click(screen.getByRole('switch', { name: 'Hold reminders back during quiet hours' }));
    await vi.waitFor(() => expect(screen.queryByLabelText('From')).not.toBeInTheDocument());
    await user.click(screen.getByRole('switch', { name: 'Hold reminders back during quiet hours' }));
    await vi.waitFor(() => expect(screen.getByLabelText('From')).toHaveValue('20:00'));
    await vi.waitFor(() => expect(patches(backend)).toHaveLength(4));
    expect(patches(backend)).toEqual([
      { patch: { show_tandem_title: true } },
      { patch: { keep_running_in_tray: true } },
      { patch: { quiet_hours: null } },
      { patch: { quiet_hours: { start: '20:00', end: '08:00' } } },
    ]);
    expect(remindersOf(backend).settings).toEqual({ show_tandem_title: true, quiet_hours: { start: '20:00', end: '08:00' }, keep_running_in_tray: true });
  });

  it('changes quiet hours and shows a rejected time at its field, translated', async () => {
    const { backend } = await openSettings({}, { settings: { language: 'de' } });
    const from = screen.getByLabelText('Von');
    await fireEvent.input(from, { target: { value: '21:30' } });
    await fireEvent.change(from);
    await vi.waitFor(() => expect(remindersOf(backend).settings.quiet_hours).toEqual({ start: '21:30', end: '08:00' }));
    await vi.waitFor(() => expect(screen.getByTestId('reminders-quiet-saved')).toHaveTextContent('Gespeichert'));

    // The same time twice: invalid_time about "until".
    const until = screen.getByLabelText('Bis');
    await fireEvent.input(until, { target: { value: '21:30' } });
    await fireEvent.change(until);
    const error = await screen.findByTestId('reminders-quiet-end-error');
    expect(error).toHaveTextContent('Gib eine Uhrzeit wie 20:00 ein. Von und Bis müssen sich unterscheiden.');
    expect(until).toHaveAttribute('aria-invalid', 'true');
    expect(until).toHaveAccessibleDescription('Gib eine Uhrzeit wie 20:00 ein. Von und Bis müssen sich unterscheiden.');
    expect(until).toHaveValue('21:30');
    expect(from).toHaveAttribute('aria-invalid', 'false');

    // An empty "from": invalid_time about "from".
    await fireEvent.input(from, { target: { value: '' } });
    await fireEvent.change(from);
    expect(await screen.findByTestId('reminders-quiet-start-error')).toBeInTheDocument();
    expect(screen.queryByTestId('reminders-quiet-end-error')).not.toBeInTheDocument();
    expect(remindersOf(backend).settings.quiet_hours).toEqual({ start: '21:30', end: '08:00' });

    await fireEvent.input(from, { target: { value: '22:00' } });
    await fireEvent.change(from);
    await vi.waitFor(() => expect(screen.queryByTestId('reminders-quiet-start-error')).not.toBeInTheDocument());
    expect(remindersOf(backend).settings.quiet_hours).toEqual({ start: '22:00', end: '21:30' });
    expect(patches(backend).map((c) => (c as { patch: unknown }).patch)).toEqual([
      { quiet_hours: { start: '21:30', end: '08:00' } },
      { quiet_hours: { start: '21:30', end: '21:30' } },
      { quiet_hours: { start: '', end: '21:30' } },
      { quiet_hours: { start: '22:00', end: '21:30' } },
    ]);
  });

  it('puts a switch back and says why when saving fails', async () => {
    const { backend, user } = await openSettings();
    failOnce(backend, 'update_reminder_settings', 'database', 'disk I/O error');
    await user.click(screen.getByRole('switch', { name: 'Keep running in the tray when the window is closed' }));
    expect(await screen.findByTestId('reminders-app-error')).toHaveTextContent('The database reported an error.');
    await vi.waitFor(() => expect(screen.getByRole('switch', { name: 'Keep running in the tray when the window is closed' })).not.toBeChecked());
    expect(remindersOf(backend).settings.keep_running_in_tray).toBe(false);
  });

  it('turns autostart on, and shows a failure translated with the switch put back', async () => {
    const { backend, user } = await openSettings({}, { settings: { language: 'de' } });
    const autostart = screen.getByRole('switch', { name: 'Eyelevel bei der Anmeldung starten' });
    await user.click(autostart);
    await vi.waitFor(() => expect(autostart).toBeChecked());
    expect(calls(backend, 'set_autostart')).toEqual([{ enabled: true }]);
    expect(remindersOf(backend).status.autostart).toBe(true);

    remindersOf(backend).autostartFailing = true;
    await user.click(autostart);
    expect(await screen.findByTestId('reminders-autostart-error')).toHaveTextContent('Eyelevel konnte nicht ändern, ob es bei der Anmeldung startet.');
    await vi.waitFor(() => expect(autostart).toBeChecked());
    expect(calls(backend, 'set_autostart')).toEqual([{ enabled: true }, { enabled: false }]);
  });

  it('disables autostart with an explanation when the system can’t tell', async () => {
    await openSettings({ status: { notifications: 'unknown', reason: null, next_at: null, tray: true, autostart: null } });
    const autostart = screen.getByRole('switch', { name: 'Start Eyelevel at login' });
    expect(autostart).toBeDisabled();
    expect(autostart).toHaveAccessibleDescription('Your system doesn’t tell whether Eyelevel starts at login, so it can’t be changed here.');
  });

  it('offers only active tandems and shows their rules with the lead-time choices', async () => {
    const { backend, tandem, section } = await openSettings();
    await within(section).findByTestId('reminder-rules');
    const select = screen.getByLabelText('Tandem');
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Jonas & me']);
    expect(calls(backend, 'reminder_rules')).toEqual([{ tandemId: tandem.id }]);

    const rows = screen.getAllByTestId('reminder-rule');
    expect(rows.map((r) => r.dataset.kind)).toEqual(['meeting_soon', 'meeting_day_before', 'prepare_agenda', 'reflect', 'action_due', 'agreement_review', 'meeting_overdue']);
    const options = (name: string) => [...(screen.getByRole('combobox', { name }) as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options('Before a meeting: When')).toEqual([
      '1 minute before',
      '5 minutes before',
      '10 minutes before',
      '15 minutes before',
      '30 minutes before',
      '1 hour before',
      '2 hours before',
    ]);
    expect(screen.getByRole('combobox', { name: 'Before a meeting: When' })).toHaveValue('30');
    expect(options('The day before a meeting: When')).toEqual(['12 hours before', '1 day before', '2 days before']);
    expect(options('Prepare the agenda: When')).toEqual(['1 day before', '2 days before', '3 days before', '1 week before']);
    expect(screen.getByRole('switch', { name: 'Prepare the agenda' })).toHaveAccessibleDescription('Only when you are the mentor and the agenda is still empty.');
    expect(options('Reflect after a meeting: When')).toEqual([
      'Right after the end',
      '30 minutes after the end',
      '1 hour after the end',
      '2 hours after the end',
      '4 hours after the end',
      '1 day after the end',
    ]);
    for (const kind of ['An action item is due', 'Review the agreement', 'No meeting planned']) {
      expect(options(`${kind}: When`)).toEqual(['On the day', '1 day before', '2 days before', '1 week before']);
    }
    expect(screen.getAllByRole('switch', { name: /./ }).filter((s) => rows.some((r) => r.contains(s))).every((s) => (s as HTMLInputElement).checked)).toBe(true);
  });

  it('saves rule changes with the right tandem and rule, and switches tandems', async () => {
    const { backend, tandem, user, section } = await openSettings();
    const paused = addTandem(backend, 'Paused pair');
    backend.store.setTandemStatus(paused.id, 'paused');
    const other = addTandem(backend, 'Mia & me', 'mentor');
    backend.store.createSample();
    // Re-open the page so the new tandems are listed.
    location.hash = '#/today';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByTestId('page-today');
    location.hash = '#/settings';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const again = await screen.findByTestId('settings-reminders');
    await within(again).findByTestId('reminder-rules');
    void section;
    const select = screen.getByLabelText('Tandem');
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Jonas & me', 'Mia & me']);

    await user.click(screen.getByRole('switch', { name: 'Reflect after a meeting' }));
    await vi.waitFor(() => expect(screen.getByTestId('reminders-rules-saved')).toHaveTextContent('Saved'));
    expect(screen.getByRole('switch', { name: 'Reflect after a meeting' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Reflect after a meeting: When' })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Before a meeting: When' }), '10');
    await vi.waitFor(() => expect(calls(backend, 'update_reminder_rule')).toHaveLength(2));
    await vi.waitFor(() => expect(screen.getByRole('combobox', { name: 'Before a meeting: When' })).toHaveValue('10'));

    await user.selectOptions(select, String(other.id));
    await vi.waitFor(() => expect(calls(backend, 'reminder_rules').at(-1)).toEqual({ tandemId: other.id }));
    await vi.waitFor(() => expect(screen.getByRole('combobox', { name: 'Before a meeting: When' })).toHaveValue('30'));
    expect(screen.getByRole('switch', { name: 'Reflect after a meeting' })).toBeChecked();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Prepare the agenda: When' }), String(7 * 1440));

    await vi.waitFor(() => expect(calls(backend, 'update_reminder_rule')).toHaveLength(3));
    expect(calls(backend, 'update_reminder_rule')).toEqual([
      { tandemId: tandem.id, rule: { kind: 'reflect', enabled: false, lead_minutes: 120 } },
      { tandemId: tandem.id, rule: { kind: 'meeting_soon', enabled: true, lead_minutes: 10 } },
      { tandemId: other.id, rule: { kind: 'prepare_agenda', enabled: true, lead_minutes: 10080 } },
    ]);
  });

  it('shows a stored lead time that is not offered, and puts a rule back when saving fails', async () => {
    const app = await openWithReminders('#/today');
    remindersOf(app.backend).rules[String(app.tandem.id)] = [{ kind: 'meeting_soon', enabled: true, lead_minutes: 45 }];
    location.hash = '#/settings';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByTestId('reminder-rules');
    const soon = screen.getByRole('combobox', { name: 'Before a meeting: When' });
    expect(soon).toHaveValue('45');
    expect(within(soon).getByRole('option', { name: '45 minutes before' })).toBeInTheDocument();

    failOnce(app.backend, 'update_reminder_rule', 'database', 'disk I/O error');
    await app.user.selectOptions(soon, '5');
    expect(await screen.findByTestId('reminders-rules-error')).toHaveTextContent('The database reported an error.');
    await vi.waitFor(() => expect(soon).toHaveValue('45'));
    expect(remindersOf(app.backend).rules[String(app.tandem.id)]).toEqual([{ kind: 'meeting_soon', enabled: true, lead_minutes: 45 }]);
  });

  it('says so when there is no active tandem', async () => {
    const app = await openWithReminders('#/today');
    app.backend.store.setTandemArchived(app.tandem.id, true);
    location.hash = '#/settings';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByTestId('reminders-no-tandems')).toHaveTextContent('No active tandem: reminders start once a tandem is active.');
  });
});
