// Typed wrappers for the reminder commands over the one `call()` in api.ts (which wraps `invoke`
// from @tauri-apps/api/core), and the shell's events through the event plugin's `listen`:
// `reminders-changed` (the inbox or the delivery status changed) and `open-route` (a
// notification was clicked). `subscribe` is the one place that listens to the shell's events.
import { listen } from '@tauri-apps/api/event';
import { call } from './api';
import type { Inbox, ReminderRule, ReminderSettings, ReminderSettingsPatch, ReminderStatus } from './bindings';

export const REMINDERS_CHANGED = 'reminders-changed';
export const OPEN_ROUTE = 'open-route';

export const remindersApi = {
  settings: () => call<ReminderSettings>('reminder_settings'),
  /** Absent keys stay unchanged; `quiet_hours: null` switches quiet hours off. */
  updateSettings: (patch: ReminderSettingsPatch) => call<ReminderSettings>('update_reminder_settings', { patch }),
  /** All seven kinds for one tandem, in ReminderKind order. */
  rules: (tandemId: number) => call<ReminderRule[]>('reminder_rules', { tandemId }),
  updateRule: (tandemId: number, rule: ReminderRule) => call<ReminderRule[]>('update_reminder_rule', { tandemId, rule }),
  /** The newest reminders (at most 100) and how many are unread. */
  inbox: () => call<Inbox>('reminder_inbox'),
  /** Marks the given reminders read; null marks all. */
  markRead: (ids: number[] | null) => call<Inbox>('mark_reminders_read', { ids }),
  dismiss: (id: number) => call<Inbox>('dismiss_reminder', { id }),
  status: () => call<ReminderStatus>('reminder_status'),
  /** Fails with autostart_failed when the system does not allow it. */
  setAutostart: (enabled: boolean) => call<ReminderStatus>('set_autostart', { enabled }),
  /** Tries a notification now; the status says whether it could be shown. */
  sendTestNotification: () => call<ReminderStatus>('send_test_notification'),
  /** The route of a notification clicked while the window was closed, once (then null). */
  takeOpenRoute: () => call<string | null>('take_open_route'),
};

export type RemindersApi = typeof remindersApi;

/**
 * Subscribes to an event of the shell; a no-op outside Tauri (like api.onCloseRequested). The
 * other api modules listen through this one (api-partner.ts: the partner exchange's events).
 */
export async function subscribe<T>(event: string, cb: (payload: T) => void): Promise<() => void> {
  try {
    return await listen<T>(event, (message) => cb(message.payload));
  } catch {
    return () => {};
  }
}

/** Calls `cb` whenever the inbox or the delivery status changed; resolves to the unlisten function. */
export function onRemindersChanged(cb: () => void): Promise<() => void> {
  return subscribe<unknown>(REMINDERS_CHANGED, () => cb());
}

/** Calls `cb` with a UI address ("#/meetings/12") the shell wants shown (a clicked notification). */
export function onOpenRoute(cb: (route: string) => void): Promise<() => void> {
  return subscribe<unknown>(OPEN_ROUTE, (payload) => {
    if (typeof payload === 'string') cb(payload);
  });
}
