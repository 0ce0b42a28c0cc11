// The reminder commands of the mock backend and the shell's events: settings, rules
// per tandem, the inbox of delivered reminders, the notifier status, autostart and a test
// notification. Its state hangs on the backend as plain data (`backend.reminders`), so a browser
// test can set it from the page like the rest of the mock. `deliverReminder` stands in for the
// shell's delivery loop: it puts a reminder into the inbox and emits `reminders-changed`.
import type {
  DeliveryChannel,
  ErrorCode,
  ErrorPayload,
  Inbox,
  InboxItem,
  ReminderKind,
  ReminderRule,
  ReminderSettings,
  ReminderSettingsPatch,
  ReminderStatus,
} from '../../src/lib/bindings';
import type { MockBackend } from './mock-backend';

/** A delivered reminder as the mock stores it (an inbox item that may be dismissed). */
export interface MockDelivery extends InboxItem {
  dismissed: boolean;
}

export interface MockReminders {
  settings: ReminderSettings;
  /** Stored rules per tandem id (absent = enabled with the kind's default lead). */
  rules: Record<string, ReminderRule[]>;
  deliveries: MockDelivery[];
  status: ReminderStatus;
  /** A notification server answers (a test notification is shown); false = none. */
  notificationServer: boolean;
  /** What the system says when no notification server answers. */
  unavailableReason: string;
  /** Changing autostart fails with autostart_failed. */
  autostartFailing: boolean;
  /** Test notifications sent. */
  testNotifications: number;
  /** The route of a notification clicked while the window was closed (take_open_route). */
  openRoute: string | null;
  nextId: number;
}

export const REMINDER_COMMANDS: ReadonlySet<string> = new Set([
  'reminder_settings',
  'update_reminder_settings',
  'reminder_rules',
  'update_reminder_rule',
  'reminder_inbox',
  'mark_reminders_read',
  'dismiss_reminder',
  'reminder_status',
  'set_autostart',
  'send_test_notification',
  'take_open_route',
]);

export const KINDS: readonly ReminderKind[] = ['meeting_soon', 'meeting_day_before', 'prepare_agenda', 'reflect', 'action_due', 'agreement_review', 'meeting_overdue'];

export const DEFAULT_LEAD: Record<ReminderKind, number> = {
  meeting_soon: 30,
  meeting_day_before: 1440,
  prepare_agenda: 2880,
  reflect: 120,
  action_due: 0,
  agreement_review: 0,
  meeting_overdue: 0,
};

export const MAX_LEAD_MINUTES = 30 * 24 * 60;
const INBOX_LIMIT = 100;
export const NO_SERVER_REASON = 'org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.Notifications was not provided by any .service files';

function defaults(): MockReminders {
  return {
    settings: { show_tandem_title: false, quiet_hours: { start: '20:00', end: '08:00' }, keep_running_in_tray: false },
    rules: {},
    deliveries: [],
    status: { notifications: 'unknown', reason: null, next_at: null, tray: true, autostart: false },
    notificationServer: true,
    unavailableReason: NO_SERVER_REASON,
    autostartFailing: false,
    testNotifications: 0,
    openRoute: null,
    nextId: 1,
  };
}

/** The reminder state of this backend; fields a test left out get their defaults. */
export function remindersOf(backend: MockBackend): MockReminders {
  const holder = backend as unknown as { reminders?: Partial<MockReminders> };
  const state = (holder.reminders ??= {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(defaults())) if (!(key in state)) state[key] = value;
  return state as unknown as MockReminders;
}

function fail(code: ErrorCode, message: string, field: string | null = null): never {
  const payload: ErrorPayload = { code, message, field };
  throw payload;
}

const isTime = (value: unknown) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

function updateSettings(state: MockReminders, patch: ReminderSettingsPatch): ReminderSettings {
  const next = { ...state.settings };
  if (patch.show_tandem_title !== undefined) next.show_tandem_title = Boolean(patch.show_tandem_title);
  if (patch.keep_running_in_tray !== undefined) next.keep_running_in_tray = Boolean(patch.keep_running_in_tray);
  if ('quiet_hours' in patch) {
    const quiet = patch.quiet_hours ?? null;
    if (quiet !== null) {
      if (!isTime(quiet.start)) fail('invalid_time', `invalid time "${quiet.start}"`, 'quiet_hours.start');
      if (!isTime(quiet.end)) fail('invalid_time', `invalid time "${quiet.end}"`, 'quiet_hours.end');
      if (quiet.start === quiet.end) fail('invalid_time', 'quiet hours start and end at the same time', 'quiet_hours.end');
      next.quiet_hours = { start: quiet.start, end: quiet.end };
    } else {
      next.quiet_hours = null;
    }
  }
  state.settings = next;
  return { ...next, quiet_hours: next.quiet_hours && { ...next.quiet_hours } };
}

function rulesOf(backend: MockBackend, state: MockReminders, tandemId: number): ReminderRule[] {
  backend.store.tandem(tandemId);
  const stored = state.rules[String(tandemId)] ?? [];
  return KINDS.map((kind) => ({ ...(stored.find((r) => r.kind === kind) ?? { kind, enabled: true, lead_minutes: DEFAULT_LEAD[kind] }) }));
}

function updateRule(backend: MockBackend, state: MockReminders, tandemId: number, rule: ReminderRule): ReminderRule[] {
  backend.store.tandem(tandemId);
  if (!KINDS.includes(rule.kind)) fail('invalid_input', `unknown kind ${String(rule.kind)}`);
  if (!Number.isInteger(rule.lead_minutes) || rule.lead_minutes < 0 || rule.lead_minutes > MAX_LEAD_MINUTES)
    fail('invalid_input', `lead_minutes must be 0..=${MAX_LEAD_MINUTES}`, 'lead_minutes');
  const list = (state.rules[String(tandemId)] ?? []).filter((r) => r.kind !== rule.kind);
  list.push({ kind: rule.kind, enabled: Boolean(rule.enabled), lead_minutes: rule.lead_minutes });
  state.rules[String(tandemId)] = list;
  return rulesOf(backend, state, tandemId);
}

/** The tandem's current title (null once it is gone), as the core joins it. */
function withTitles(backend: MockBackend, item: MockDelivery): InboxItem {
  const { dismissed: _dismissed, ...rest } = item;
  void _dismissed;
  const tandem = item.tandem_id === null ? undefined : backend.store.data.tandems.find((t) => t.id === item.tandem_id);
  return { ...rest, tandem_title: tandem ? tandem.title : null };
}

export function inbox(backend: MockBackend): Inbox {
  const state = remindersOf(backend);
  const shown = state.deliveries
    .filter((d) => !d.dismissed && d.channel !== 'pending')
    .sort((a, b) => (a.delivered_at === b.delivered_at ? b.id - a.id : a.delivered_at < b.delivered_at ? 1 : -1));
  return {
    items: shown.slice(0, INBOX_LIMIT).map((d) => withTitles(backend, d)),
    unread: shown.filter((d) => !d.read).length,
  };
}

function markRead(backend: MockBackend, ids: number[] | null): Inbox {
  const state = remindersOf(backend);
  for (const d of state.deliveries) if (ids === null || ids.includes(d.id)) d.read = true;
  return inbox(backend);
}

function dismiss(backend: MockBackend, id: number): Inbox {
  const found = remindersOf(backend).deliveries.find((d) => d.id === id);
  if (!found) fail('not_found', `Not found: reminder ${id}.`);
  found.dismissed = true;
  return inbox(backend);
}

function setAutostart(state: MockReminders, enabled: boolean): ReminderStatus {
  if (state.status.autostart === null || state.autostartFailing) fail('autostart_failed', 'the autostart entry could not be written');
  state.status = { ...state.status, autostart: enabled };
  return { ...state.status };
}

function sendTest(state: MockReminders): ReminderStatus {
  state.testNotifications++;
  state.status = state.notificationServer
    ? { ...state.status, notifications: 'available', reason: null }
    : { ...state.status, notifications: 'unavailable', reason: state.unavailableReason };
  return { ...state.status };
}

export function remindersCommand(backend: MockBackend, cmd: string, a: Record<string, unknown>): unknown {
  const state = remindersOf(backend);
  switch (cmd) {
    case 'reminder_settings':
      return { ...state.settings };
    case 'update_reminder_settings':
      return updateSettings(state, (a.patch ?? {}) as ReminderSettingsPatch);
    case 'reminder_rules':
      return rulesOf(backend, state, a.tandemId as number);
    case 'update_reminder_rule':
      return updateRule(backend, state, a.tandemId as number, a.rule as ReminderRule);
    case 'reminder_inbox':
      return inbox(backend);
    case 'mark_reminders_read':
      return markRead(backend, (a.ids as number[] | null | undefined) ?? null);
    case 'dismiss_reminder':
      return dismiss(backend, a.id as number);
    case 'reminder_status':
      return { ...state.status };
    case 'set_autostart':
      return setAutostart(state, Boolean(a.enabled));
    case 'send_test_notification':
      return sendTest(state);
    case 'take_open_route': {
      const route = state.openRoute;
      state.openRoute = null;
      return route;
    }
    default:
      throw `command ${cmd} not found`;
  }
}

// ---- the shell's events ---------------------------------------------------------------------

interface EventHolder {
  eventListeners?: Record<string, number[]>;
}

/** The event plugin's listen/unlisten, so `listen()` works against the mock. */
export function eventCommand(backend: MockBackend, cmd: string, a: Record<string, unknown>): unknown {
  const holder = backend as unknown as EventHolder;
  const listeners = (holder.eventListeners ??= {});
  const event = String(a.event);
  if (cmd === 'plugin:event|listen') {
    (listeners[event] ??= []).push(a.handler as number);
    return a.handler;
  }
  if (cmd === 'plugin:event|unlisten') {
    listeners[event] = (listeners[event] ?? []).filter((id) => id !== a.eventId);
    return null;
  }
  if (cmd === 'plugin:event|emit') {
    emit(backend, event, a.payload);
    return null;
  }
  throw `command ${cmd} not found`;
}

/** Sends an event to the window, as the shell does (`reminders-changed`, `open-route`). */
export function emit(backend: MockBackend, event: string, payload: unknown = null): void {
  const ids = (backend as unknown as EventHolder).eventListeners?.[event] ?? [];
  const internals = (window as unknown as { __TAURI_INTERNALS__?: { runCallback?: (id: number, data: unknown) => void } }).__TAURI_INTERNALS__;
  for (const id of [...ids]) internals?.runCallback?.(id, { event, id, payload });
}

/** How many listeners the window has for an event. */
export function listenerCount(backend: MockBackend, event: string): number {
  return (backend as unknown as EventHolder).eventListeners?.[event]?.length ?? 0;
}

export interface DeliveryInput {
  kind: ReminderKind;
  tandem_id?: number | null;
  meeting_id?: number | null;
  action_id?: number | null;
  action_title?: string | null;
  subject_at: string;
  due_at?: string;
  delivered_at?: string;
  channel?: DeliveryChannel;
  read?: boolean;
  nudge?: number;
  route?: string;
}

/** The route the core gives a reminder (reminder::inbox::route). */
export function routeFor(kind: ReminderKind, tandemId: number | null, meetingId: number | null): string {
  if ((kind === 'meeting_soon' || kind === 'meeting_day_before' || kind === 'prepare_agenda' || kind === 'reflect') && meetingId !== null) return `#/meetings/${meetingId}`;
  if (kind === 'agreement_review' && tandemId !== null) return `#/tandems/${tandemId}/agreement`;
  if (tandemId !== null) return `#/tandems/${tandemId}`;
  return '#/inbox';
}

/**
 * Delivers a reminder as the shell's loop would (stored, shown in the inbox) and tells the window
 * with `reminders-changed`; when notifications are unavailable it goes to the inbox only.
 */
export function deliverReminder(backend: MockBackend, input: DeliveryInput, notify = true): InboxItem {
  const state = remindersOf(backend);
  const tandemId = input.tandem_id ?? null;
  const meetingId = input.meeting_id ?? null;
  const delivered = input.delivered_at ?? new Date().toISOString();
  const channel = input.channel ?? (state.status.notifications === 'unavailable' ? 'inbox' : 'notification');
  const item: MockDelivery = {
    id: state.nextId++,
    kind: input.kind,
    tandem_id: tandemId,
    tandem_title: null,
    meeting_id: meetingId,
    action_id: input.action_id ?? null,
    action_title: input.action_title ?? null,
    subject_at: input.subject_at,
    due_at: input.due_at ?? delivered,
    delivered_at: delivered,
    channel,
    read: input.read ?? false,
    nudge: input.nudge ?? 1,
    route: input.route ?? routeFor(input.kind, tandemId, meetingId),
    dismissed: false,
  };
  state.deliveries.push(item);
  if (notify) emit(backend, 'reminders-changed');
  return withTitles(backend, item);
}
