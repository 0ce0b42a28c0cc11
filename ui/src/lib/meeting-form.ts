// Checks of the meeting forms, and where a rejected save belongs (by the core's field key).
import type { ApiError } from './api';
import { errorKey } from './i18n/index.svelte';
import { isTime } from './meetings';
import { checkDay, checkLink, type Problem, type Problems } from './validation';

export type MeetingField = 'date' | 'time' | 'duration' | 'video_link' | 'place' | 'every' | 'until';

export interface MeetingDraft {
  date: string;
  time: string;
  duration: number | null;
  place: string;
  video: string;
}

export function checkMeetingDraft(draft: MeetingDraft): Problems<MeetingField> {
  const problems: Problems<MeetingField> = {};
  const date = checkDay(draft.date, true);
  if (date) problems.date = date;
  if (!isTime(draft.time)) problems.time = { key: 'meetings.time_required' };
  const minutes = draft.duration;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 15 || minutes > 480) problems.duration = { key: 'meetings.duration_invalid' };
  const link = checkLink(draft.video);
  if (link) problems.video_link = link;
  return problems;
}

const FIELDS: Record<string, MeetingField> = {
  date: 'date',
  first_date: 'date',
  time: 'time',
  duration_minutes: 'duration',
  video_link: 'video_link',
  place: 'place',
  every: 'every',
  until: 'until',
};

/** The form field a rejected save is about, with its message; null for a general notice. */
export function meetingFieldOf(error: ApiError): { field: MeetingField; problem: Problem } | null {
  const field = error.field ? FIELDS[error.field] : undefined;
  return field ? { field, problem: { key: errorKey(error.code) } } : null;
}
