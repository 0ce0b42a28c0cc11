// Texts for reminders (all through i18n): the inbox sentence of an item, lead-time labels and the
// lead times Settings offers per kind.
import type { InboxItem, ReminderKind } from '$lib/bindings';
import { formatDate, t, tp, type PluralKey } from '$lib/i18n/index.svelte';
import { session } from '$lib/session.svelte';

/** The kinds in the order the core lists them (ReminderKind::ALL). */
export const KINDS: readonly ReminderKind[] = [
  'meeting_soon',
  'meeting_day_before',
  'prepare_agenda',
  'reflect',
  'action_due',
  'agreement_review',
  'meeting_overdue',
];

const HOUR = 60;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** The lead times offered per kind, in minutes. */
export const LEAD_CHOICES: Record<ReminderKind, readonly number[]> = {
  meeting_soon: [1, 5, 10, 15, 30, HOUR, 2 * HOUR],
  meeting_day_before: [12 * HOUR, DAY, 2 * DAY],
  prepare_agenda: [DAY, 2 * DAY, 3 * DAY, WEEK],
  reflect: [0, 30, HOUR, 2 * HOUR, 4 * HOUR, DAY],
  action_due: [0, DAY, 2 * DAY, WEEK],
  agreement_review: [0, DAY, 2 * DAY, WEEK],
  meeting_overdue: [0, DAY, 2 * DAY, WEEK],
};

/** The offered lead times, with a stored value that is not among them put in its place. */
export function leadChoices(kind: ReminderKind, stored: number): number[] {
  const choices = [...LEAD_CHOICES[kind]];
  if (!choices.includes(stored)) choices.push(stored);
  return choices.sort((a, b) => a - b);
}

/** Kinds whose lead time counts from a meeting's start (0 = at the start). */
const MEETING_KINDS: readonly ReminderKind[] = ['meeting_soon', 'meeting_day_before', 'prepare_agenda'];

/** "30 minutes before", "1 day before", "On the day", "2 hours after the end" … */
export function leadText(kind: ReminderKind, minutes: number): string {
  const after = kind === 'reflect';
  if (minutes === 0) {
    if (after) return t('reminders.settings.lead_time.right_after');
    return MEETING_KINDS.includes(kind) ? t('reminders.settings.lead_time.at_start') : t('reminders.settings.lead_time.on_the_day');
  }
  const [unit, count] =
    minutes % WEEK === 0 ? (['weeks', minutes / WEEK] as const)
    : minutes % DAY === 0 ? (['days', minutes / DAY] as const)
    : minutes % HOUR === 0 ? (['hours', minutes / HOUR] as const)
    : (['minutes', minutes] as const);
  return tp(`reminders.settings.lead_time.${unit}_${after ? 'after' : 'before'}` as PluralKey, count);
}

/** The user's zone for times (the setting, else the system's). */
function zone(): string | undefined {
  return session.settings?.time_zone ?? undefined;
}

/** An instant as a day and a time in the user's zone and locale. */
export function dayAndTime(iso: string): { date: string; time: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { date: iso, time: '' };
  const timeZone = zone();
  return {
    date: formatDate(date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', ...(timeZone ? { timeZone } : {}) }),
    time: formatDate(date, { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }),
  };
}

/** "3 Mar 2026, 14:05" in the user's zone. */
export function instantText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = zone();
  return formatDate(date, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
}

/** The inbox sentence: what the reminder is about, for which tandem and when. */
export function itemSentence(item: InboxItem): string {
  const { date, time } = dayAndTime(item.subject_at);
  if (item.tandem_title === null) return t(`reminders.sentence_no_tandem.${item.kind}`, { date, time });
  return t(`reminders.sentence.${item.kind}`, { tandem: item.tandem_title, date, time });
}
