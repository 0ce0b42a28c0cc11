// The journal page's filters as they travel in the address (#/journal?tandem=3&kind=entry&…),
// so back/forward and links ("Open journal" of a tandem) restore them.
import type { JournalFilter, JournalItem, JournalKind } from './journal-types';

export const JOURNAL_KINDS: readonly JournalKind[] = ['note', 'reflection', 'entry'];
export const PAGE_SIZE = 30;

export interface JournalQuery {
  tandem: number | null;
  kinds: JournalKind[];
  tag: string | null;
  topic: number | null;
  goal: number | null;
  from: string | null;
  to: string | null;
}

export function emptyQuery(): JournalQuery {
  return { tandem: null, kinds: [], tag: null, topic: null, goal: null, from: null, to: null };
}

function id(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function day(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** The query part of an address ("#/journal?tag=ai" → "tag=ai"). */
export function hashQuery(hash: string): string {
  const at = hash.indexOf('?');
  return at < 0 ? '' : hash.slice(at + 1);
}

export function parseJournalQuery(query: string): JournalQuery {
  const params = new URLSearchParams(query);
  const kinds = (params.get('kind') ?? '')
    .split(',')
    .filter((k): k is JournalKind => (JOURNAL_KINDS as readonly string[]).includes(k));
  const tandem = id(params.get('tandem'));
  return {
    tandem,
    kinds: JOURNAL_KINDS.filter((k) => kinds.includes(k)),
    tag: params.get('tag')?.trim() || null,
    topic: id(params.get('topic')),
    // A goal belongs to one tandem: without the tandem the goal filter does not apply.
    goal: tandem === null ? null : id(params.get('goal')),
    from: day(params.get('from')),
    to: day(params.get('to')),
  };
}

export function journalQueryString(q: JournalQuery): string {
  const params = new URLSearchParams();
  if (q.tandem !== null) params.set('tandem', String(q.tandem));
  if (q.kinds.length) params.set('kind', JOURNAL_KINDS.filter((k) => q.kinds.includes(k)).join(','));
  if (q.tag) params.set('tag', q.tag);
  if (q.topic !== null) params.set('topic', String(q.topic));
  if (q.goal !== null && q.tandem !== null) params.set('goal', String(q.goal));
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  return params.toString();
}

/** The journal's address for these filters. */
export function journalHash(q: JournalQuery): string {
  const query = journalQueryString(q);
  return `#/journal${query ? `?${query}` : ''}`;
}

export function isFiltered(q: JournalQuery): boolean {
  return journalQueryString(q) !== '';
}

export function toFilter(q: JournalQuery, cursor: string | null = null, limit = PAGE_SIZE): JournalFilter {
  return {
    tandem_id: q.tandem,
    kinds: [...q.kinds],
    tag: q.tag,
    topic_id: q.topic,
    goal_id: q.tandem === null ? null : q.goal,
    from: q.from,
    to: q.to,
    cursor,
    limit,
  };
}

/** Where a timeline item opens: notes and reflections on their meeting, entries on their page. */
export function itemHref(item: JournalItem): string {
  if (item.kind === 'entry') return `#/journal/entries/${item.id}`;
  const meeting = item.kind === 'note' ? item.id : item.meeting_id;
  return meeting === null ? '#/journal' : `#/meetings/${meeting}`;
}

export interface DayGroup {
  date: string;
  items: JournalItem[];
}
export interface MonthGroup {
  /** "YYYY-MM". */
  month: string;
  days: DayGroup[];
}

/** Items (newest first) grouped by month, then day, keeping their order. */
export function groupByMonthDay(items: readonly JournalItem[]): MonthGroup[] {
  const months: MonthGroup[] = [];
  for (const item of items) {
    const month = item.date.slice(0, 7);
    let m = months.at(-1);
    if (!m || m.month !== month) months.push((m = { month, days: [] }));
    let d = m.days.at(-1);
    if (!d || d.date !== item.date) m.days.push((d = { date: item.date, items: [] }));
    d.items.push(item);
  }
  return months;
}

/** A stable key for an item in keyed lists (ids of different kinds may collide). */
export function itemKey(item: JournalItem): string {
  return `${item.kind}-${item.id}`;
}
