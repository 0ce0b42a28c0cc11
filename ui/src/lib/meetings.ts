// Display and planning helpers for meetings (all text goes through i18n).
import type { Cadence } from './bindings';
import { isoDay } from './dates';
import { formatDay, intlLocale } from './i18n/index.svelte';
import type { Meeting, MeetingStatus } from './meeting-types';

export const STATUS_BADGE: Record<MeetingStatus, string> = {
  planned: 'badge-accent',
  moved: '',
  held: 'badge-success',
  cancelled: 'badge-neutral',
};

/** A local wall-clock time "HH:MM" in the UI locale ("14:00" / "2:00 PM"). */
export function formatTime(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  return new Intl.DateTimeFormat(intlLocale(), { timeStyle: 'short' }).format(new Date(2000, 0, 1, Number(match[1]), Number(match[2])));
}

/** "Tue, 3 Mar 2026" for a meeting's local date. */
export function meetingDay(meeting: Meeting): string {
  return formatDay(meeting.local_date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/** "Tue, 3 Mar 2026, 14:00" in the meeting's (the user's) zone. */
export function meetingWhen(meeting: Meeting): string {
  return `${meetingDay(meeting)}, ${formatTime(meeting.local_time)}`;
}

/** "in 3 days", "tomorrow", "in 2 hours" – how far away an instant is. */
export function relativeTo(instant: string, now = Date.now()): string {
  const diff = new Date(instant).getTime() - now;
  const format = new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'auto' });
  const minutes = Math.round(diff / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(diff / 3_600_000);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const target = new Date(instant);
  target.setHours(0, 0, 0, 0);
  const days = Math.round((target.getTime() - start.getTime()) / 86_400_000);
  if (Math.abs(days) < 14) return format.format(days, 'day');
  return format.format(Math.round(days / 7), 'week');
}

/** A day n days after another ("YYYY-MM-DD"). */
export function addDaysTo(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDay(new Date(y, m - 1, d + days));
}

export function addMonthsTo(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(y, m - 1 + months + 1, 0).getDate();
  return isoDay(new Date(y, m - 1 + months, Math.min(d, last)));
}

/** The next Monday–Friday after today. */
export function nextWeekday(from = new Date()): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1);
  while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1);
  return isoDay(day);
}

/** The dates a series would have (the same rule as the core; used for the preview). */
export function seriesDates(first: string, every: number, unit: Cadence['unit'], until: string, max = 200): string[] {
  const dates: string[] = [];
  if (!first || !until || every < 1) return dates;
  for (let n = 0; dates.length < max; n++) {
    const date = unit === 'week' ? addDaysTo(first, 7 * every * n) : addMonthsTo(first, every * n);
    if (date > until) break;
    dates.push(date);
  }
  return dates;
}

export const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** Web addresses a person typed, one per line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export const isWebLink = (link: string) => /^https?:\/\/\S+$/i.test(link);
