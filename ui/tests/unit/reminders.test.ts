import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { installBackend } from '../support/install';
import { keyringVault, failOnce, openApp } from './app-helpers';
import { listenerCount, remindersOf } from '../support/mock-reminders';
import { RemindersStore } from '../../src/lib/reminders.svelte';
import { onOpenRoute, onRemindersChanged, remindersApi } from '../../src/lib/api-reminders';
import { addTandem, calls, openWithReminders } from './reminders-support';
import { catalogueKeys, setLocale, t } from '../../src/lib/i18n/index.svelte';
import { leadText } from '../../src/components/reminders/reminder-text';
import remindersDe from '../../src/lib/i18n/reminders.de.json';
import remindersEn from '../../src/lib/i18n/reminders.en.json';

const meetingAt = '2026-03-03T13:00:00Z';

describe('reminder api', () => {
  it('sends every reminder command with the arguments the backend expects', async () => {
    const backend = installBackend({ vault: { ...keyringVault }, unlocked: true });
    const tandem = addTandem(backend);
    await remindersApi.settings();
    await remindersApi.updateSettings({ quiet_hours: null });
    await remindersApi.rules(tandem.id);
    await remindersApi.updateRule(tandem.id, { kind: 'reflect', enabled: false, lead_minutes: 60 });
    await remindersApi.inbox();
    await remindersApi.markRead([1, 2]);
    await remindersApi.markRead(null);
    await expect(remindersApi.dismiss(99)).rejects.toMatchObject({ code: 'not_found' });
    await remindersApi.status();
    await remindersApi.setAutostart(true);
    await remindersApi.sendTestNotification();
    expect(await remindersApi.takeOpenRoute()).toBeNull();
    expect(backend.calls.map((c) => [c.cmd, c.args])).toEqual([
      ['reminder_settings', {}],
      ['update_reminder_settings', { patch: { quiet_hours: null } }],
      ['reminder_rules', { tandemId: tandem.id }],
      ['update_reminder_rule', { tandemId: tandem.id, rule: { kind: 'reflect', enabled: false, lead_minutes: 60 } }],
      ['reminder_inbox', {}],
      ['mark_reminders_read', { ids: [1, 2] }],
      ['mark_reminders_read', { ids: null }],
      ['dismiss_reminder', { id: 99 }],
      ['reminder_status', {}],
      ['set_autostart', { enabled: true }],
      ['send_test_notification', {}],
      ['take_open_route', {}],
    ]);
  });

  it('listens to the shell’s events and stops again', async () => {
    const backend = installBackend({ vault: { ...keyringVault }, unlocked: true });
    const changed = vi.fn();
    const routes: string[] = [];
    const stopChanged = await onRemindersChanged(changed);
    const stopRoute = await onOpenRoute((route) => routes.push(route));
    backend.emit('reminders-changed');
    backend.emit('open-route', '#/meetings/12');
    backend.emit('open-route', 42);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(routes).toEqual(['#/meetings/12']);
    stopChanged();
    stopRoute();
    await vi.waitFor(() => expect(listenerCount(backend, 'reminders-changed')).toBe(0));
    expect(listenerCount(backend, 'open-route')).toBe(0);
  });

  it('swallows a failing listen outside Tauri', async () => {
    const stop = await onRemindersChanged(() => {});
    expect(typeof stop).toBe('function');
    stop();
  });
});

describe('reminders store', () => {
  it('loads, follows reminders-changed, marks read, dismisses and forgets on stop', async () => {
    const backend = installBackend({ vault: { ...keyringVault }, unlocked: true });
    const tandem = addTandem(backend);
    const store = new RemindersStore();
    const stop = store.start();
    await vi.waitFor(() => expect(store.loaded).toBe(true));
    expect(store.unread).toBe(0);
    expect(store.status?.notifications).toBe('unknown');
    await vi.waitFor(() => expect(listenerCount(backend, 'reminders-changed')).toBe(1));

    const first = backend.deliverReminder({ kind: 'meeting_soon', tandem_id: tandem.id, meeting_id: 12, subject_at: meetingAt, delivered_at: '2026-03-03T12:30:00Z' });
    await vi.waitFor(() => expect(store.unread).toBe(1));
    const second = backend.deliverReminder({ kind: 'reflect', tandem_id: tandem.id, meeting_id: 12, subject_at: meetingAt, delivered_at: '2026-03-03T16:00:00Z' });
    backend.deliverReminder({ kind: 'action_due', tandem_id: tandem.id, action_id: 5, action_title: 'Send the CV', subject_at: '2026-03-04T08:00:00Z', delivered_at: '2026-03-04T08:00:00Z' });
    await vi.waitFor(() => expect(store.unread).toBe(3));
    // Newest first, with the tandem's title.
    expect(store.inbox.items.map((i) => i.kind)).toEqual(['action_due', 'reflect', 'meeting_soon']);
    expect(store.inbox.items[0]?.tandem_title).toBe('Jonas & me');

    await store.markRead([first.id]);
    expect(store.unread).toBe(2);
    await store.dismiss(second.id);
    expect(store.inbox.items.map((i) => i.kind)).toEqual(['action_due', 'meeting_soon']);
    expect(store.unread).toBe(1);
    await store.markAllRead();
    expect(store.unread).toBe(0);
    expect(calls(backend, 'mark_reminders_read')).toEqual([{ ids: [first.id] }, { ids: null }]);
    expect(calls(backend, 'dismiss_reminder')).toEqual([{ id: second.id }]);

    stop();
    expect(store.loaded).toBe(false);
    expect(store.inbox.items).toEqual([]);
    await vi.waitFor(() => expect(listenerCount(backend, 'reminders-changed')).toBe(0));
  });

  it('keeps the error of a failed refresh and drops an older answer', async () => {
    const backend = installBackend({ vault: { ...keyringVault }, unlocked: true });
    const store = new RemindersStore();
    failOnce(backend, 'reminder_inbox', 'database', 'disk I/O error');
    await store.refresh();
    expect(store.error?.code).toBe('database');
    expect(store.loaded).toBe(false);
    await store.refresh();
    expect(store.error).toBeNull();
    expect(store.loaded).toBe(true);
  });
});

describe('inbox page', () => {
  it('shows an empty inbox and the nav item without a count', async () => {
    await openWithReminders('#/inbox');
    expect(await screen.findByTestId('inbox-empty')).toHaveTextContent('No reminders');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Reminders');
    expect(screen.getByTestId('nav-inbox')).toHaveAccessibleName('Reminders');
    expect(screen.getByTestId('nav-inbox')).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByTestId('inbox-unavailable')).not.toBeInTheDocument();
  });

  it('lists reminders newest first with their sentence, and counts unread ones in the nav', async () => {
    const { backend, tandem } = await openWithReminders('#/inbox');
    await screen.findByTestId('inbox-empty');
    backend.deliverReminder({ kind: 'meeting_soon', tandem_id: tandem.id, meeting_id: 12, subject_at: meetingAt, delivered_at: '2026-03-03T12:30:00Z', read: true });
    backend.deliverReminder({ kind: 'prepare_agenda', tandem_id: tandem.id, meeting_id: 12, subject_at: meetingAt, delivered_at: '2026-03-01T13:00:00Z' });
    backend.deliverReminder({ kind: 'action_due', tandem_id: tandem.id, action_id: 5, action_title: 'Send the CV', subject_at: '2026-03-05T08:00:00Z', delivered_at: '2026-03-05T08:00:00Z', channel: 'inbox' });
    backend.deliverReminder({ kind: 'reflect', tandem_id: null, meeting_id: null, subject_at: meetingAt, delivered_at: '2026-03-04T15:00:00Z', nudge: 2 });

    await vi.waitFor(() => expect(screen.getAllByTestId('inbox-item')).toHaveLength(4));
    const items = screen.getAllByTestId('inbox-item');
    expect(items.map((i) => i.dataset.read)).toEqual(['false', 'false', 'true', 'false']);
    const texts = screen.getAllByTestId('inbox-item-text').map((p) => p.textContent);
    expect(texts).toEqual([
      'An action item in “Jonas & me” is due on Thu, Mar 5, 2026.',
      'Take a moment to reflect on your meeting that ended on Tue, Mar 3, 2026 at 2:00 PM.',
      'Your meeting in “Jonas & me” starts on Tue, Mar 3, 2026 at 2:00 PM.',
      'Prepare the agenda for your meeting in “Jonas & me” on Tue, Mar 3, 2026 at 2:00 PM: it is still empty.',
    ]);
    expect(within(items[0]!).getByTestId('inbox-item-action')).toHaveTextContent('Action item: Send the CV');
    expect(within(items[0]!).getByTestId('inbox-item-inbox-only')).toHaveTextContent('Not shown as a desktop notification');
    expect(within(items[2]!).queryByTestId('inbox-item-inbox-only')).not.toBeInTheDocument();
    expect(within(items[1]!).getByTestId('inbox-item-nudge')).toHaveTextContent('Second reminder');
    expect(within(items[0]!).getByText('Unread:')).toHaveClass('visually-hidden');
    expect(within(items[2]!).queryByText('Unread:')).not.toBeInTheDocument();
    expect(within(items[0]!).getByTestId('inbox-item-open')).toHaveAttribute('href', `#/tandems/${tandem.id}`);
    expect(within(items[0]!).getByTestId('inbox-item-open')).toHaveAccessibleDescription(texts[0]!);
    expect(screen.getByTestId('inbox-unread-count')).toHaveTextContent('3 unread reminders');
    expect(screen.getByTestId('nav-inbox')).toHaveAccessibleName('Reminders, 3 unread');
    expect(screen.getByTestId('nav-inbox-count')).toHaveTextContent('3');
    expect(screen.getByTestId('nav-inbox-count')).toHaveAttribute('aria-hidden', 'true');
  });

  it('Open marks the reminder read and goes to its page', async () => {
    const { backend, tandem, user } = await openWithReminders('#/inbox');
    const item = backend.deliverReminder({ kind: 'agreement_review', tandem_id: tandem.id, subject_at: '2026-03-05T08:00:00Z' });
    await screen.findByTestId('inbox-item');
    await user.click(screen.getByTestId('inbox-item-open'));
    await screen.findByTestId('page-tandems');
    expect(location.hash).toBe(`#/tandems/${tandem.id}/agreement`);
    expect(calls(backend, 'mark_reminders_read')).toEqual([{ ids: [item.id] }]);
    await vi.waitFor(() => expect(screen.getByTestId('nav-inbox')).toHaveAccessibleName('Reminders'));
    expect(remindersOf(backend).deliveries[0]?.read).toBe(true);
  });

  it('Open on a read reminder only goes there', async () => {
    const { backend, tandem, user } = await openWithReminders('#/inbox');
    backend.deliverReminder({ kind: 'meeting_overdue', tandem_id: tandem.id, subject_at: '2026-03-05T08:00:00Z', read: true });
    await user.click(await screen.findByTestId('inbox-item-open'));
    await vi.waitFor(() => expect(location.hash).toBe(`#/tandems/${tandem.id}`));
    expect(calls(backend, 'mark_reminders_read')).toEqual([]);
  });

  it('dismisses a reminder, moves focus to the next one and shows the empty state at the end', async () => {
    const { backend, tandem, user } = await openWithReminders('#/inbox');
    backend.deliverReminder({ kind: 'meeting_soon', tandem_id: tandem.id, meeting_id: 1, subject_at: meetingAt, delivered_at: '2026-03-03T12:30:00Z' });
    backend.deliverReminder({ kind: 'meeting_day_before', tandem_id: tandem.id, meeting_id: 1, subject_at: meetingAt, delivered_at: '2026-03-02T13:00:00Z' });
    await vi.waitFor(() => expect(screen.getAllByTestId('inbox-item')).toHaveLength(2));
    await user.click(screen.getAllByTestId('inbox-item-dismiss')[0]!);
    await vi.waitFor(() => expect(screen.getAllByTestId('inbox-item')).toHaveLength(1));
    expect(screen.getByTestId('inbox-item-text')).toHaveTextContent('Coming up: your meeting in “Jonas & me” on Tue, Mar 3, 2026 at 2:00 PM.');
    await vi.waitFor(() => expect(screen.getByTestId('inbox-item-open')).toHaveFocus());
    expect(await screen.findByText('Reminder dismissed')).toBeInTheDocument();
    expect(screen.getByTestId('nav-inbox')).toHaveAccessibleName('Reminders, 1 unread');
    await user.click(screen.getByTestId('inbox-item-dismiss'));
    await screen.findByTestId('inbox-empty');
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(calls(backend, 'dismiss_reminder')).toHaveLength(2);
  });

  it('marks all as read', async () => {
    const { backend, tandem, user } = await openWithReminders('#/inbox');
    backend.deliverReminder({ kind: 'meeting_soon', tandem_id: tandem.id, meeting_id: 1, subject_at: meetingAt });
    backend.deliverReminder({ kind: 'reflect', tandem_id: tandem.id, meeting_id: 1, subject_at: meetingAt });
    await vi.waitFor(() => expect(screen.getByTestId('nav-inbox')).toHaveAccessibleName('Reminders, 2 unread'));
    await user.click(await screen.findByTestId('inbox-mark-all'));
    await vi.waitFor(() => expect(screen.getByTestId('inbox-unread-count')).toHaveTextContent('All read'));
    expect(screen.queryByTestId('inbox-mark-all')).not.toBeInTheDocument();
    expect(screen.getByTestId('inbox-unread-count')).toHaveFocus();
    expect(screen.getAllByTestId('inbox-item').map((i) => i.dataset.read)).toEqual(['true', 'true']);
    expect(screen.getByTestId('nav-inbox')).toHaveAccessibleName('Reminders');
    expect(calls(backend, 'mark_reminders_read')).toEqual([{ ids: null }]);
  });

  it('shows a failed dismiss, translated', async () => {
    const { backend, tandem, user } = await openWithReminders('#/inbox', {}, { settings: { language: 'de' } });
    backend.deliverReminder({ kind: 'meeting_soon', tandem_id: tandem.id, meeting_id: 1, subject_at: meetingAt });
    failOnce(backend, 'dismiss_reminder', 'database', 'disk I/O error');
    await user.click(await screen.findByTestId('inbox-item-dismiss'));
    expect(await screen.findByTestId('inbox-error')).toHaveTextContent('Die Datenbank');
    expect(screen.getAllByTestId('inbox-item')).toHaveLength(1);
    expect(screen.getByTestId('inbox-item-dismiss')).toHaveTextContent('Entfernen');
    expect(screen.getByTestId('inbox-item-text')).toHaveTextContent('Dein Treffen in „Jonas & me“ beginnt am Di., 3. März 2026 um 14:00.');
  });

  it('explains unavailable notifications with the reason and a link to the settings', async () => {
    const { backend, tandem, user } = await openWithReminders('#/inbox', {
      status: { notifications: 'unavailable', reason: 'no notification server', next_at: null, tray: false, autostart: null },
    });
    const banner = await screen.findByTestId('inbox-unavailable');
    expect(banner).toHaveTextContent('Desktop notifications can’t be shown');
    expect(banner).toHaveTextContent('Your reminders collect here instead');
    expect(screen.getByTestId('inbox-unavailable-reason')).toHaveTextContent('The system said: no notification server');
    expect(within(screen.getByTestId('inbox-unavailable-reason')).getByText('no notification server')).toHaveAttribute('lang', 'en');
    backend.deliverReminder({ kind: 'meeting_soon', tandem_id: tandem.id, meeting_id: 1, subject_at: meetingAt });
    await vi.waitFor(() => expect(screen.getByTestId('inbox-item-inbox-only')).toBeInTheDocument());

    const link = screen.getByTestId('inbox-settings-link');
    expect(link).toHaveAccessibleName('Settings → Reminders');
    await user.click(link);
    await screen.findByTestId('settings-reminders');
    expect(location.hash).toBe('#/settings/reminders');
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Reminders' })).toHaveFocus());
    await vi.waitFor(() => expect(screen.getByTestId('reminders-status-reason')).toHaveTextContent('Why: no notification server'));
  });

  it('goes to the page of a notification clicked while the window was closed', async () => {
    const { backend } = await openApp('#/today', { reminders: { openRoute: '#/inbox' } });
    await screen.findByTestId('inbox-empty');
    expect(location.hash).toBe('#/inbox');
    expect(calls(backend, 'take_open_route')).toEqual([{}]);
    expect(remindersOf(backend).openRoute).toBeNull();
  });

  it('goes where a clicked notification says (open-route)', async () => {
    const { backend, tandem } = await openWithReminders('#/today');
    await vi.waitFor(() => expect(listenerCount(backend, 'open-route')).toBe(1));
    backend.emit('open-route', `#/tandems/${tandem.id}`);
    await vi.waitFor(() => expect(location.hash).toBe(`#/tandems/${tandem.id}`));
    await screen.findByTestId('tandem-overview');
    backend.emit('open-route', '#/inbox');
    await screen.findByTestId('inbox-empty');
    // Unknown addresses are ignored.
    backend.emit('open-route', '#/nowhere');
    backend.emit('open-route', 'https://example.org');
    expect(location.hash).toBe('#/inbox');
  });
});

describe('reminder texts', () => {
  it('live in their own pair of catalogues with the same keys, merged in', () => {
    expect(Object.keys(remindersEn)).toEqual(['reminders']);
    expect(Object.keys(remindersDe)).toEqual(['reminders']);
    const en = catalogueKeys('en').filter((k) => k.startsWith('reminders.'));
    expect(en.length).toBeGreaterThan(80);
    expect(catalogueKeys('de').filter((k) => k.startsWith('reminders.'))).toEqual(en);
    expect(t('nav.inbox')).toBe('Reminders');
  });

  it('names lead times in both languages', () => {
    expect(leadText('meeting_soon', 1)).toBe('1 minute before');
    expect(leadText('meeting_soon', 120)).toBe('2 hours before');
    expect(leadText('meeting_soon', 0)).toBe('At the start');
    expect(leadText('meeting_day_before', 720)).toBe('12 hours before');
    expect(leadText('prepare_agenda', 10080)).toBe('1 week before');
    expect(leadText('reflect', 0)).toBe('Right after the end');
    expect(leadText('reflect', 1440)).toBe('1 day after the end');
    expect(leadText('action_due', 0)).toBe('On the day');
    expect(leadText('meeting_overdue', 45)).toBe('45 minutes before');
    setLocale('de');
    expect(leadText('meeting_soon', 1)).toBe('1 Minute vorher');
    expect(leadText('meeting_day_before', 2880)).toBe('2 Tage vorher');
    expect(leadText('reflect', 240)).toBe('4 Stunden nach dem Ende');
    expect(leadText('agreement_review', 0)).toBe('Am Tag selbst');
    expect(t('nav.inbox')).toBe('Erinnerungen');
  });
});
