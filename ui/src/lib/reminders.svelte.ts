// The reminder inbox and delivery status of the unlocked shell: loaded when the shell starts,
// read again whenever the shell says `reminders-changed`, and updated from what mark-read and
// dismiss answer. The sidebar badge and the inbox page read it.
import { toApiError, type ApiError } from './api';
import { onRemindersChanged, remindersApi } from './api-reminders';
import type { Inbox, ReminderStatus } from './bindings';

const EMPTY: Inbox = { items: [], unread: 0 };

export class RemindersStore {
  inbox = $state<Inbox>({ ...EMPTY });
  status = $state<ReminderStatus | null>(null);
  /** The inbox was read at least once. */
  loaded = $state(false);
  /** Why the last refresh failed (null after a good one). */
  error = $state<ApiError | null>(null);

  /** Bumped by every refresh and change, so an older answer never overwrites a newer one. */
  private version = 0;

  get unread(): number {
    return this.inbox.unread;
  }

  /** Reads the inbox and the status again. */
  async refresh(): Promise<void> {
    const version = ++this.version;
    try {
      const [inbox, status] = await Promise.all([remindersApi.inbox(), remindersApi.status()]);
      if (version !== this.version) return;
      this.inbox = inbox;
      this.status = status;
      this.loaded = true;
      this.error = null;
    } catch (reason) {
      if (version === this.version) this.error = toApiError(reason);
    }
  }

  /** Marks some reminders read; rejects with an ApiError. */
  async markRead(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    this.apply(await remindersApi.markRead(ids));
  }

  async markAllRead(): Promise<void> {
    this.apply(await remindersApi.markRead(null));
  }

  async dismiss(id: number): Promise<void> {
    this.apply(await remindersApi.dismiss(id));
  }

  /** Takes a new status (after a test notification or an autostart change). */
  setStatus(status: ReminderStatus): void {
    this.status = status;
  }

  private apply(inbox: Inbox): void {
    this.version++;
    this.inbox = inbox;
    this.loaded = true;
    this.error = null;
  }

  /** Loads now and follows `reminders-changed`; the returned function stops and forgets. */
  start(): () => void {
    let stopped = false;
    let unlisten: (() => void) | null = null;
    void onRemindersChanged(() => {
      if (!stopped) void this.refresh();
    }).then((stop) => {
      if (stopped) stop();
      else unlisten = stop;
    });
    void this.refresh();
    return () => {
      stopped = true;
      unlisten?.();
      this.reset();
    };
  }

  /** Back to the empty state (the shell went away, e.g. on lock). */
  reset(): void {
    this.version++;
    this.inbox = { ...EMPTY };
    this.status = null;
    this.loaded = false;
    this.error = null;
  }
}

export const reminders = new RemindersStore();
