// Texts of the import preview: badges, notes and the counts, all through i18n.
import type { ImportAction, ImportNote, ImportOptions, ImportPreview, ImportResult, ImportRow } from '$lib/bindings';
import { t, tp } from '$lib/i18n/index.svelte';
import { formatTime } from '$lib/meetings';

/** The order actions are counted and shown in. */
export const ACTIONS: readonly ImportAction[] = ['create', 'update', 'unchanged', 'cancel', 'skip'];

export const ACTION_BADGE: Record<ImportAction, string> = {
  create: 'badge-accent',
  update: 'badge-success',
  unchanged: 'badge-neutral',
  cancel: 'badge-danger',
  skip: 'badge-neutral',
};

/** One note of a row, e.g. "All-day event: starts at 09:00 and lasts 60 min." */
export function noteText(note: ImportNote, row: ImportRow, options: ImportOptions, zone: string): string {
  switch (note) {
    case 'all_day':
      return t('calendar.import.notes.all_day', { time: formatTime(options.all_day_time), minutes: options.all_day_minutes });
    case 'duration_adjusted':
      return t('calendar.import.notes.duration_adjusted', { minutes: row.duration_minutes });
    case 'zone_assumed':
      return t('calendar.import.notes.zone_assumed', { zone: zone.replace(/_/g, ' ') });
    default:
      return t(`calendar.import.notes.${note}`);
  }
}

/** "2 new · 1 update · 3 unchanged", leaving out what is zero. */
export function countsText(counts: Record<ImportAction, number>): string {
  return ACTIONS.filter((action) => counts[action] > 0)
    .map((action) => tp(`calendar.import.counts.${action}`, counts[action]))
    .join(' · ');
}

/** Meetings the import changes (created, updated or cancelled). */
export function workCount(preview: ImportPreview): number {
  return preview.create + preview.update + preview.cancel;
}

/** The result as counts, for the announcement. */
export function resultText(result: ImportResult): string {
  const summary = countsText({
    create: result.created,
    update: result.updated,
    unchanged: result.unchanged,
    cancel: result.cancelled,
    skip: result.skipped,
  });
  return result.created + result.updated + result.cancelled > 0 ? t('calendar.import.done', { summary }) : t('calendar.import.done_nothing');
}

/** The host of a video link ("teams.microsoft.com"), or the link itself when it is no URL. */
export function linkHost(link: string): string {
  try {
    return new URL(link).host || link;
  } catch {
    return link;
  }
}

/** "HH:MM" with hours 00–23. */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

export function isAllDayMinutes(value: number): boolean {
  return Number.isInteger(value) && value >= 15 && value <= 480;
}
