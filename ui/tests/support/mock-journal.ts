// Journal entries, the timeline across notes, reflections and entries, tags and the prompt of
// the day of the mock backend. Entries live in the backend's plain data object
// (`journalEntries`), so a browser test can hand them to the next start like everything else.
import type { ErrorCode, ErrorPayload } from '../../src/lib/bindings';
import type {
  DailyPrompt,
  JournalEntry,
  JournalEntryInput,
  JournalFilter,
  JournalItem,
  JournalKind,
  JournalPage,
  SearchRequest,
  TagCount,
} from '../../src/lib/journal-types';
import type { MockTandems } from './mock-tandems';
import { MockSearch, plain } from './mock-search';

/** The notes and reflections as mock-notes.ts stores them (read duck-typed, both optional). */
export interface SourceNote {
  meeting_id: number;
  body: string;
  updated_at: string | null;
}
export interface SourceReflection {
  id: number;
  meeting_id: number;
  tandem_id: number;
  answers: { kind: string; text: string; scale: number | null }[];
  goal_ids: number[];
  created_at: string;
  updated_at: string;
}

export interface JournalData {
  journalEntries?: JournalEntry[];
  notes?: SourceNote[] | Record<string, SourceNote>;
  reflections?: SourceReflection[] | Record<string, SourceReflection>;
}

function fail(code: ErrorCode, message: string, field: string | null = null): never {
  const payload: ErrorPayload = { code, message, field };
  throw payload;
}

const chars = (text: string) => [...text].length;
const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

let lastInstant = 0;
function now(): string {
  lastInstant = Math.max(Date.now(), lastInstant + 1);
  return new Date(lastInstant).toISOString();
}

export function excerpt(text: string, max = 280): string {
  const flat = plain(text);
  if (chars(flat) <= max) return flat;
  const cut = [...flat].slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function values<T>(source: T[] | Record<string, T> | undefined): T[] {
  if (!source) return [];
  return Array.isArray(source) ? source : Object.values(source);
}

export class MockJournal {
  constructor(private tandems: MockTandems) {}

  private get d(): JournalData & { nextId: number } {
    return this.tandems.data as unknown as JournalData & { nextId: number };
  }

  get entries(): JournalEntry[] {
    // Deleting a tandem deletes its entries (the core cascades).
    const tandems = new Set(this.tandems.data.tandems.map((t) => t.id));
    const all = (this.d.journalEntries ??= []);
    if (all.some((e) => e.tandem_id !== null && !tandems.has(e.tandem_id)))
      this.d.journalEntries = all.filter((e) => e.tandem_id === null || tandems.has(e.tandem_id));
    return this.d.journalEntries;
  }

  private entry(id: number): JournalEntry {
    return this.entries.find((e) => e.id === id) ?? fail('not_found', `Not found: journal entry ${id}.`);
  }

  private check(input: JournalEntryInput): JournalEntryInput {
    if (!input.title.trim() && !input.body.trim()) fail('invalid_input', 'Invalid input: an entry needs a title or text', 'body');
    if (chars(input.title.trim()) > 200) fail('text_too_long', 'The title is too long: at most 200 characters are allowed.', 'title');
    if (chars(input.body) > 100_000) fail('text_too_long', 'The text is too long: at most 100000 characters are allowed.', 'body');
    const prompt = input.prompt?.trim() || null;
    if (prompt && chars(prompt) > 500) fail('text_too_long', 'The prompt is too long: at most 500 characters are allowed.', 'prompt');
    if (input.tandem_id !== null) this.tandems.tandem(input.tandem_id);
    if (input.topic_id !== null && !this.tandems.topics(true).some((t) => t.id === input.topic_id))
      fail('not_found', `Not found: topic ${input.topic_id}.`);
    for (const goal of input.goal_ids) {
      const found = this.tandems.data.goals.find((g) => g.id === goal);
      if (!found || (input.tandem_id !== null && found.tandem_id !== input.tandem_id)) fail('not_found', `Not found: goal ${goal}.`);
    }
    const tags: string[] = [];
    for (const raw of input.tags) {
      const tag = raw.trim();
      if (!tag || chars(tag) > 40 || tag.includes(',')) fail('invalid_input', 'Invalid input: a tag has 1 to 40 characters and no comma', 'tags');
      if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
    if (tags.length > 20) fail('invalid_input', 'Invalid input: at most 20 tags', 'tags');
    return { ...input, title: input.title.trim(), prompt, tags, goal_ids: [...new Set(input.goal_ids)] };
  }

  create(input: JournalEntryInput): JournalEntry {
    const clean = this.check(input);
    const at = now();
    const entry: JournalEntry = { id: this.d.nextId++, ...clean, created_at: at, updated_at: at };
    this.entries.push(entry);
    return structuredClone(entry);
  }

  update(id: number, input: JournalEntryInput): JournalEntry {
    const entry = this.entry(id);
    Object.assign(entry, this.check(input), { updated_at: now() });
    return structuredClone(entry);
  }

  get(id: number): JournalEntry {
    return structuredClone(this.entry(id));
  }

  delete(id: number): null {
    this.entry(id);
    this.d.journalEntries = this.entries.filter((e) => e.id !== id);
    return null;
  }

  setPinned(id: number, pinned: boolean): JournalEntry {
    const entry = this.entry(id);
    entry.pinned = pinned;
    entry.updated_at = now();
    return structuredClone(entry);
  }

  tags(): TagCount[] {
    const counts = new Map<string, TagCount>();
    for (const e of this.entries)
      for (const tag of e.tags) {
        const key = tag.toLowerCase();
        const found = counts.get(key);
        if (found) found.count++;
        else counts.set(key, { tag, count: 1 });
      }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** Every timeline item, newest first (sorted by `at`, then kind and id). */
  items(): JournalItem[] {
    const tandemTitle = (id: number | null) => (id === null ? null : (this.tandems.data.tandems.find((t) => t.id === id)?.title ?? null));
    const meetings = this.tandems.data.meetings;
    const agenda = this.tandems.data.agenda;
    const out: JournalItem[] = [];
    for (const note of values(this.d.notes)) {
      const meeting = meetings.find((m) => m.id === note.meeting_id);
      if (!meeting || !note.body.trim()) continue;
      const topics = agenda.filter((i) => i.meeting_id === meeting.id && i.topic_id !== null).map((i) => i.topic_id!);
      out.push({
        kind: 'note', id: meeting.id, tandem_id: meeting.tandem_id, tandem_title: tandemTitle(meeting.tandem_id), meeting_id: meeting.id,
        date: meeting.local_date, at: meeting.starts_at, title: '', excerpt: excerpt(note.body), tags: [], pinned: false, goal_ids: [],
        topic_ids: [...new Set(topics)], rating: null,
      });
    }
    for (const r of values(this.d.reflections)) {
      const meeting = meetings.find((m) => m.id === r.meeting_id);
      if (!meeting) continue;
      const text = r.answers.map((a) => a.text).filter((s) => s.trim()).join(' ');
      const topics = agenda.filter((i) => i.meeting_id === meeting.id && i.topic_id !== null).map((i) => i.topic_id!);
      out.push({
        kind: 'reflection', id: r.id, tandem_id: r.tandem_id, tandem_title: tandemTitle(r.tandem_id), meeting_id: meeting.id,
        date: meeting.local_date, at: meeting.starts_at, title: '', excerpt: excerpt(text), tags: [], pinned: false, goal_ids: [...r.goal_ids],
        topic_ids: [...new Set(topics)], rating: r.answers.find((a) => a.kind === 'scale')?.scale ?? null,
      });
    }
    for (const e of this.entries)
      out.push({
        kind: 'entry', id: e.id, tandem_id: e.tandem_id, tandem_title: tandemTitle(e.tandem_id), meeting_id: null,
        date: localDay(e.created_at), at: e.created_at, title: e.title, excerpt: excerpt(e.body), tags: [...e.tags], pinned: e.pinned,
        goal_ids: [...e.goal_ids], topic_ids: e.topic_id === null ? [] : [e.topic_id], rating: null,
      });
    const order: Record<JournalKind, number> = { entry: 0, reflection: 1, note: 2 };
    return out.sort((a, b) => b.at.localeCompare(a.at) || order[a.kind] - order[b.kind] || b.id - a.id);
  }

  list(filter: JournalFilter): JournalPage {
    if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 200) fail('invalid_input', 'Invalid input: limit 1..=200', 'limit');
    const tag = filter.tag?.toLowerCase() ?? null;
    const matches = this.items().filter(
      (i) =>
        (filter.tandem_id === null || i.tandem_id === filter.tandem_id) &&
        (filter.kinds.length === 0 || filter.kinds.includes(i.kind)) &&
        (tag === null || i.tags.some((t) => t.toLowerCase() === tag)) &&
        (filter.topic_id === null || i.topic_ids.includes(filter.topic_id)) &&
        (filter.goal_id === null || i.goal_ids.includes(filter.goal_id)) &&
        (filter.from === null || i.date >= filter.from) &&
        (filter.to === null || i.date <= filter.to),
    );
    const first = filter.cursor === null;
    const pinned = first ? matches.filter((i) => i.pinned) : [];
    const rest = matches.filter((i) => !i.pinned);
    let start = 0;
    if (!first) {
      start = Number(atob(filter.cursor!).replace(/^offset:/, ''));
      if (!Number.isInteger(start) || start < 0) fail('invalid_input', 'Invalid input: bad cursor', 'cursor');
    }
    const items = rest.slice(start, start + filter.limit);
    const next = start + filter.limit < rest.length ? btoa(`offset:${start + filter.limit}`) : null;
    return { items, pinned, next_cursor: next };
  }

  promptOfTheDay(tandemId: number | null, today = localDay(new Date().toISOString())): DailyPrompt | null {
    const visible = this.tandems.topics(false).filter((t) => t.questions.length > 0);
    let pool = visible;
    if (tandemId !== null) {
      const focus = this.tandems.tandem(tandemId).focus_topic_ids;
      const chosen = visible.filter((t) => focus.includes(t.id));
      if (chosen.length) pool = chosen;
    }
    const questions = pool.flatMap((t) => t.questions.map((q) => ({ topic_id: t.id, topic_title: t.title, question: q })));
    if (!questions.length) return null;
    let hash = 0;
    for (const c of `${today}|${tandemId ?? ''}`) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
    return questions[hash % questions.length]!;
  }
}

/** The mock's journal and search for one backend (created on first use). */
const instances = new WeakMap<object, { journal: MockJournal; search: MockSearch }>();

/** Answers the journal and search commands; anything else is unknown. */
export function journalCommand(store: MockTandems, cmd: string, a: Record<string, unknown>): unknown {
  let found = instances.get(store);
  if (!found) {
    const journal = new MockJournal(store);
    found = { journal, search: new MockSearch(store, journal) };
    instances.set(store, found);
  }
  const { journal, search } = found;
  const id = a.id as number;
  switch (cmd) {
    case 'create_journal_entry':
      return journal.create(a.input as JournalEntryInput);
    case 'update_journal_entry':
      return journal.update(id, a.input as JournalEntryInput);
    case 'get_journal_entry':
      return journal.get(id);
    case 'delete_journal_entry':
      return journal.delete(id);
    case 'set_entry_pinned':
      return journal.setPinned(id, Boolean(a.pinned));
    case 'list_journal':
      return journal.list(a.filter as JournalFilter);
    case 'list_tags':
      return journal.tags();
    case 'prompt_of_the_day':
      return journal.promptOfTheDay((a.tandemId as number | null) ?? null);
    case 'search':
      return search.search(a.request as SearchRequest);
    default:
      throw `command ${cmd} not found`;
  }
}
