// Meetings, agendas, action items, templates and Today of the mock backend. Times
// follow the browser's own zone (the core uses the zone from the settings); series keep their
// local wall-clock time across DST because JS Dates are built from local parts.
import type { ErrorCode, ErrorPayload, ExportFormat, TandemSummary } from '../../src/lib/bindings';
import type {
  ActionInput,
  ActionItem,
  AgendaItem,
  AgendaItemInput,
  AgendaTemplate,
  EditScope,
  Meeting,
  MeetingDetail,
  MeetingInput,
  SeriesInput,
  TodayView,
} from '../../src/lib/meeting-types';
import type { MockTandems } from './mock-tandems';
import { partnerNoteOf } from './mock-partner';

export interface MeetingData {
  meetings: Meeting[];
  agenda: AgendaItem[];
  actions: ActionItem[];
  templates: AgendaTemplate[];
}

export function emptyMeetingData(): MeetingData {
  return { meetings: [], agenda: [], actions: [], templates: [] };
}

function fail(code: ErrorCode, message: string, field: string | null = null): never {
  const payload: ErrorPayload = { code, message, field };
  throw payload;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
function parts(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}
export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  return dayOf(new Date(y, m - 1, d + days));
}
function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const last = new Date(y, m - 1 + months + 1, 0).getDate();
  return dayOf(new Date(y, m - 1 + months, Math.min(d, last)));
}
function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}
const daysBetween = (a: string, b: string) => Math.round((Date.UTC(...utc(b)) - Date.UTC(...utc(a))) / 86_400_000);
function utc(day: string): [number, number, number] {
  const [y, m, d] = parts(day);
  return [y, m - 1, d];
}

/** The local wall-clock time as a UTC instant (a time in the spring gap moves forward). */
function instant(day: string, time: string): Date {
  const [y, m, d] = parts(day);
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm);
}

function stamp(): string {
  return new Date().toISOString();
}

const OPEN: ReadonlySet<string> = new Set(['planned', 'moved']);

export class MockMeetings {
  constructor(
    private tandems: MockTandems,
    private zone: () => string,
  ) {}

  private get d(): MeetingData {
    return this.tandems.data as unknown as MeetingData;
  }

  private id(): number {
    return this.tandems.data.nextId++;
  }

  // ---- meetings -----------------------------------------------------------------------------

  meeting(id: number): Meeting {
    return this.d.meetings.find((m) => m.id === id) ?? fail('not_found', `Not found: meeting ${id}.`);
  }

  private copy(meeting: Meeting): Meeting {
    const items = this.d.agenda.filter((i) => i.meeting_id === meeting.id);
    return { ...meeting, agenda_items: items.length, agenda_minutes: items.reduce((sum, i) => sum + i.minutes, 0) };
  }

  private checkMeeting(input: MeetingInput): MeetingInput {
    if (!isDay(input.date)) fail('invalid_time', 'Invalid time: the date is not a calendar day', 'date');
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(input.time)) fail('invalid_time', 'Invalid time: use HH:MM', 'time');
    const minutes = input.duration_minutes;
    if (!Number.isInteger(minutes) || minutes < 15 || minutes > 480) fail('invalid_duration', 'A meeting lasts 15 to 480 minutes', 'duration_minutes');
    const link = input.video_link?.trim() || null;
    if (link && !/^https?:\/\/\S+$/i.test(link)) fail('invalid_link', 'Only http(s) links are allowed', 'video_link');
    return { ...input, place: input.place.trim(), video_link: link };
  }

  private place(meeting: Meeting, input: MeetingInput): Meeting {
    const start = instant(input.date, input.time);
    const local = `${pad(start.getHours())}:${pad(start.getMinutes())}`;
    return Object.assign(meeting, {
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + input.duration_minutes * 60_000).toISOString(),
      time_zone: this.zone(),
      local_date: dayOf(start),
      local_time: local,
      duration_minutes: input.duration_minutes,
      place: input.place,
      video_link: input.video_link,
    });
  }

  private create(tandemId: number, input: MeetingInput, seriesId: number | null): Meeting {
    const id = this.id();
    const now = stamp();
    const meeting = this.place(
      {
        id,
        tandem_id: tandemId,
        series_id: seriesId,
        uid: `${id}-${Math.random().toString(36).slice(2, 10)}@eyelevel.local`,
        sequence: 0,
        status: 'planned',
        cancel_reason: null,
        agenda_minutes: 0,
        agenda_items: 0,
        from_partner: false,
        created_at: now,
        updated_at: now,
      } as Meeting,
      input,
    );
    this.d.meetings.push(meeting);
    return meeting;
  }

  private notPast(input: MeetingInput): void {
    if (instant(input.date, input.time).getTime() < Date.now() - 86_400_000) fail('meeting_in_past', 'The meeting would start in the past', 'date');
  }

  planMeeting(tandemId: number, input: MeetingInput): Meeting {
    this.tandems.tandem(tandemId);
    const clean = this.checkMeeting(input);
    this.notPast(clean);
    return this.copy(this.create(tandemId, clean, null));
  }

  planSeries(tandemId: number, input: SeriesInput): Meeting[] {
    this.tandems.tandem(tandemId);
    const base = this.checkMeeting({ ...input, date: input.first_date });
    if (!Number.isInteger(input.every) || input.every < 1 || input.every > 52) fail('invalid_cadence', 'every 1 to 52', 'every');
    if (!isDay(input.until)) fail('invalid_time', 'Invalid time: until is not a calendar day', 'until');
    if (input.until < input.first_date) fail('end_before_start', 'until is before the first date', 'until');
    if (input.until > addMonths(input.first_date, 24)) fail('series_too_long', 'A series covers at most 2 years', 'until');
    this.notPast(base);
    const seriesId = this.id();
    const made: Meeting[] = [];
    for (let n = 0; ; n++) {
      const date = input.unit === 'week' ? addDays(input.first_date, 7 * input.every * n) : addMonths(input.first_date, input.every * n);
      if (date > input.until) break;
      made.push(this.create(tandemId, { ...base, date }, seriesId));
    }
    return made.map((m) => this.copy(m));
  }

  listMeetings(tandemId: number, includePast: boolean): Meeting[] {
    this.tandems.tandem(tandemId);
    const now = Date.now();
    return this.d.meetings
      .filter((m) => m.tandem_id === tandemId && (includePast || new Date(m.ends_at).getTime() > now))
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at))
      .map((m) => this.copy(m));
  }

  /** This meeting, or it and the later ones of its series. */
  private scoped(meeting: Meeting, scope: EditScope): Meeting[] {
    if (scope === 'this_only' || meeting.series_id === null) return [meeting];
    return this.d.meetings.filter((m) => m.series_id === meeting.series_id && m.starts_at >= meeting.starts_at);
  }

  private touch(meeting: Meeting): void {
    meeting.sequence += 1;
    meeting.updated_at = stamp();
  }

  updateMeeting(id: number, input: MeetingInput, scope: EditScope): Meeting[] {
    const meeting = this.mine(this.meeting(id), 'meeting');
    const clean = this.checkMeeting(input);
    const delta = daysBetween(meeting.local_date, clean.date);
    const changed = this.scoped(meeting, scope);
    for (const m of changed) {
      const moved = m.local_date !== addDays(m.local_date, delta) || m.local_time !== clean.time;
      this.place(m, { ...clean, date: addDays(m.local_date, delta) });
      if (moved && m.status === 'planned') m.status = 'moved';
      this.touch(m);
    }
    return changed.map((m) => this.copy(m));
  }

  setHeld(id: number, held: boolean): Meeting {
    const meeting = this.meeting(id);
    meeting.status = held ? 'held' : 'planned';
    this.touch(meeting);
    return this.copy(meeting);
  }

  cancel(id: number, reason: string | null, scope: EditScope): Meeting[] {
    const changed = this.scoped(this.meeting(id), scope);
    for (const m of changed) {
      Object.assign(m, { status: 'cancelled', cancel_reason: reason?.trim() || null });
      this.touch(m);
    }
    return changed.map((m) => this.copy(m));
  }

  deleteMeeting(id: number): null {
    this.mine(this.meeting(id), 'meeting');
    this.d.meetings = this.d.meetings.filter((m) => m.id !== id);
    this.d.agenda = this.d.agenda.filter((i) => i.meeting_id !== id);
    for (const action of this.d.actions) if (action.meeting_id === id) action.meeting_id = null;
    return null;
  }

  /** Removes everything of a deleted tandem. */
  forgetTandem(tandemId: number): void {
    const ids = new Set(this.d.meetings.filter((m) => m.tandem_id === tandemId).map((m) => m.id));
    this.d.meetings = this.d.meetings.filter((m) => !ids.has(m.id));
    this.d.agenda = this.d.agenda.filter((i) => !ids.has(i.meeting_id));
    this.d.actions = this.d.actions.filter((a) => a.tandem_id !== tandemId);
  }

  private items(meetingId: number): AgendaItem[] {
    return this.d.agenda.filter((i) => i.meeting_id === meetingId).sort((a, b) => a.position - b.position);
  }

  private nextPlanned(meeting: Meeting): Meeting | undefined {
    return this.d.meetings
      .filter((m) => m.tandem_id === meeting.tandem_id && m.id !== meeting.id && OPEN.has(m.status) && m.starts_at > meeting.starts_at)
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at))[0];
  }

  private suggestions(meeting: Meeting): AgendaItem[] {
    if (!OPEN.has(meeting.status)) return [];
    const previous = this.d.meetings
      .filter((m) => m.tandem_id === meeting.tandem_id && m.status === 'held' && m.starts_at < meeting.starts_at)
      .sort((a, b) => b.starts_at.localeCompare(a.starts_at))[0];
    if (!previous) return [];
    return this.items(previous.id).filter((i) => !i.discussed && i.carried_to_meeting_id === null);
  }

  /** The next upcoming meeting of a tandem (planned or moved, in the future). */
  upcoming(tandemId: number): Meeting | null {
    const now = new Date().toISOString();
    const next = this.d.meetings
      .filter((m) => m.tandem_id === tandemId && OPEN.has(m.status) && m.starts_at > now)
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at))[0];
    return next ? this.copy(next) : null;
  }

  getMeeting(id: number): MeetingDetail {
    const meeting = this.meeting(id);
    const tandem = this.tandems.tandem(meeting.tandem_id);
    return {
      meeting: this.copy(meeting),
      tandem_title: tandem.title,
      my_role: tandem.my_role,
      agenda: this.items(id).map((i) => ({ ...i, links: [...i.links] })),
      actions: this.d.actions.filter((a) => a.meeting_id === id).map((a) => ({ ...a })),
      open_actions: this.listActions(meeting.tandem_id, true),
      carry_over_suggestions: this.suggestions(meeting).map((i) => ({ ...i, links: [...i.links] })),
      next_planned_meeting_id: this.nextPlanned(meeting)?.id ?? null,
      partner_note: partnerNoteOf(this.tandems.data, id),
    };
  }

  // ---- agenda -------------------------------------------------------------------------------

  private item(id: number): AgendaItem {
    return this.d.agenda.find((i) => i.id === id) ?? fail('not_found', `Not found: agenda item ${id}.`);
  }

  private checkItem(input: AgendaItemInput): AgendaItemInput {
    const title = input.title.trim();
    if (!title) fail('title_required', 'The title is required.', 'title');
    if ([...title].length > 200) fail('text_too_long', 'The title is too long.', 'title');
    if (!Number.isInteger(input.minutes) || input.minutes < 0 || input.minutes > 480) fail('invalid_duration', 'An item takes 0 to 480 minutes', 'minutes');
    const links = input.links.map((l) => l.trim()).filter(Boolean);
    if (links.some((l) => !/^https?:\/\/\S+$/i.test(l))) fail('invalid_link', 'Only http(s) links are allowed', 'links');
    if (input.topic_id !== null) this.tandems.topic(input.topic_id);
    return { ...input, title, links, shared: Boolean(input.shared) };
  }

  private append(meetingId: number, input: AgendaItemInput, carriedFrom: number | null = null): AgendaItem {
    const now = stamp();
    const item: AgendaItem = {
      ...input,
      links: [...input.links],
      id: this.id(),
      meeting_id: meetingId,
      position: this.items(meetingId).length,
      discussed: false,
      carried_from_meeting_id: carriedFrom,
      carried_to_meeting_id: null,
      from_partner: false,
      created_at: now,
      updated_at: now,
    };
    this.d.agenda.push(item);
    return { ...item, links: [...item.links] };
  }

  addItem(meetingId: number, input: AgendaItemInput): AgendaItem {
    this.meeting(meetingId);
    return this.append(meetingId, this.checkItem(input));
  }

  /** The core refuses changing the text of (or deleting) what the partner wrote. */
  private mine<T extends { from_partner: boolean }>(item: T, what: string): T {
    if (item.from_partner) fail('partner_item', `This ${what} comes from your partner: only they can change its text or delete it.`);
    return item;
  }

  updateItem(id: number, input: AgendaItemInput): AgendaItem {
    const item = Object.assign(this.mine(this.item(id), 'agenda item'), this.checkItem(input), { updated_at: stamp() });
    return { ...item, links: [...item.links] };
  }

  deleteItem(id: number): null {
    const item = this.mine(this.item(id), 'agenda item');
    this.d.agenda = this.d.agenda.filter((i) => i.id !== id);
    this.items(item.meeting_id).forEach((i, position) => (i.position = position));
    return null;
  }

  reorder(meetingId: number, orderedIds: number[]): AgendaItem[] {
    const items = this.items(meetingId);
    const same = orderedIds.length === items.length && new Set(orderedIds).size === items.length && items.every((i) => orderedIds.includes(i.id));
    if (!same) fail('invalid_input', 'Invalid input: the new order must list each item of the agenda exactly once');
    orderedIds.forEach((id, position) => (this.item(id).position = position));
    return this.items(meetingId).map((i) => ({ ...i }));
  }

  setDiscussed(id: number, discussed: boolean): AgendaItem {
    return { ...Object.assign(this.item(id), { discussed, updated_at: stamp() }) };
  }

  private copyInto(meetingId: number, source: AgendaItem): AgendaItem {
    source.carried_to_meeting_id = meetingId;
    const { title, topic_id, minutes, prep_notes, links, shared } = source;
    return this.append(meetingId, { title, topic_id, minutes, prep_notes, links, shared }, source.meeting_id);
  }

  carryOver(meetingId: number): Meeting {
    const meeting = this.meeting(meetingId);
    const target = this.nextPlanned(meeting) ?? fail('no_next_meeting', 'There is no later planned meeting');
    for (const item of this.items(meetingId)) if (!item.discussed && item.carried_to_meeting_id === null) this.copyInto(target.id, item);
    return this.copy(target);
  }

  acceptSuggestions(meetingId: number, itemIds: number[]): AgendaItem[] {
    const offered = this.suggestions(this.meeting(meetingId));
    return itemIds.map((id) => offered.find((i) => i.id === id) ?? fail('not_found', `Not a suggestion: ${id}`)).map((i) => this.copyInto(meetingId, i));
  }

  addTopic(meetingId: number, topicId: number): AgendaItem {
    this.meeting(meetingId);
    const topic = this.tandems.topic(topicId);
    const notes = topic.questions.map((q) => `- ${q}`).join('\n');
    return this.append(meetingId, { title: topic.title, topic_id: topic.id, minutes: 15, prep_notes: notes, links: [], shared: true });
  }

  listTemplates(): AgendaTemplate[] {
    return [...this.d.templates].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ ...t, items: t.items.map((i) => ({ ...i })) }));
  }

  saveTemplate(meetingId: number, name: string): AgendaTemplate {
    const clean = name.trim();
    if (!clean) fail('title_required', 'The name is required.', 'name');
    if (this.d.templates.some((t) => t.name.toLowerCase() === clean.toLowerCase())) fail('duplicate_title', 'A template with this name exists.', 'name');
    const items = this.items(this.meeting(meetingId).id).map(({ title, topic_id, minutes, prep_notes, shared }) => ({ title, topic_id, minutes, prep_notes, shared }));
    const template: AgendaTemplate = { id: this.id(), name: clean, items, created_at: stamp() };
    this.d.templates.push(template);
    return { ...template };
  }

  applyTemplate(meetingId: number, templateId: number): AgendaItem[] {
    this.meeting(meetingId);
    const template = this.d.templates.find((t) => t.id === templateId) ?? fail('not_found', 'no such template');
    return template.items.map((i) => this.append(meetingId, { ...i, links: [] }));
  }

  deleteTemplate(id: number): null {
    if (!this.d.templates.some((t) => t.id === id)) fail('not_found', 'no such template');
    this.d.templates = this.d.templates.filter((t) => t.id !== id);
    return null;
  }

  exportAgenda(meetingId: number, format: ExportFormat): string {
    const { meeting, tandem_title, agenda } = this.getMeeting(meetingId);
    const lines = [`# ${tandem_title}: ${meeting.local_date} ${meeting.local_time}`, ''];
    agenda
      .filter((i) => i.shared)
      .forEach((i, n) => {
        lines.push(`${n + 1}. **${i.title}**${i.minutes ? ` (${i.minutes} min)` : ''}`);
        if (i.prep_notes) lines.push(...i.prep_notes.split('\n').map((l) => `   ${l}`));
        i.links.forEach((l) => lines.push(`   <${l}>`));
      });
    const markdown = `${lines.join('\n')}\n`;
    if (format === 'markdown') return markdown;
    const escaped = markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `<!doctype html><html><head><meta charset="utf-8"><title>${tandem_title}</title></head><body><pre>${escaped}</pre></body></html>`;
  }

  // ---- actions ------------------------------------------------------------------------------

  private action(id: number): ActionItem {
    return this.d.actions.find((a) => a.id === id) ?? fail('not_found', `Not found: action ${id}.`);
  }

  private checkAction(input: ActionInput): ActionInput {
    const title = input.title.trim();
    if (!title) fail('title_required', 'The title is required.', 'title');
    if (input.owner !== 'me' && input.owner !== 'partner') fail('invalid_input', 'unknown owner');
    if (input.due_date !== null && !isDay(input.due_date)) fail('invalid_time', 'Invalid time: due date', 'due_date');
    return { ...input, title };
  }

  listActions(tandemId: number, openOnly: boolean): ActionItem[] {
    const due = (a: ActionItem) => a.due_date ?? '9999-12-31';
    const mine = this.d.actions.filter((a) => a.tandem_id === tandemId);
    const open = mine.filter((a) => !a.done).sort((a, b) => due(a).localeCompare(due(b)) || a.id - b.id);
    const done = openOnly ? [] : mine.filter((a) => a.done).sort((a, b) => (b.done_at ?? '').localeCompare(a.done_at ?? ''));
    return [...open, ...done].map((a) => ({ ...a }));
  }

  createAction(tandemId: number, meetingId: number | null, input: ActionInput): ActionItem {
    this.tandems.tandem(tandemId);
    if (meetingId !== null) this.meeting(meetingId);
    const now = stamp();
    // What one agrees to do is the tandem's: shared unless made private (as in the core).
    const action: ActionItem = { ...this.checkAction(input), id: this.id(), tandem_id: tandemId, meeting_id: meetingId, done: false, done_at: null, shared: true, from_partner: false, created_at: now, updated_at: now };
    this.d.actions.push(action);
    return { ...action };
  }

  updateAction(id: number, input: ActionInput): ActionItem {
    return { ...Object.assign(this.mine(this.action(id), 'action item'), this.checkAction(input), { updated_at: stamp() }) };
  }

  setActionDone(id: number, done: boolean): ActionItem {
    const now = stamp();
    return { ...Object.assign(this.action(id), { done, done_at: done ? now : null, updated_at: now }) };
  }

  setActionShared(id: number, shared: boolean): ActionItem {
    return { ...Object.assign(this.mine(this.action(id), 'action item'), { shared, updated_at: stamp() }) };
  }

  deleteAction(id: number): null {
    this.mine(this.action(id), 'action item');
    this.d.actions = this.d.actions.filter((a) => a.id !== id);
    return null;
  }

  today(summaries: TandemSummary[]): TodayView {
    const active = summaries.filter((s) => s.status === 'active' && !s.archived);
    const view: TodayView = { next_meetings: [], overdue_actions: [], due_soon_actions: [], tandems_without_meeting: [] };
    const today = dayOf(new Date());
    const soon = addDays(today, 7);
    for (const summary of active) {
      const next = this.upcoming(summary.id);
      if (next) view.next_meetings.push({ tandem_id: summary.id, tandem_title: summary.title, my_role: summary.my_role, meeting: next, needs_agenda: next.agenda_items === 0 });
      else view.tandems_without_meeting.push(summary);
      for (const action of this.listActions(summary.id, true)) {
        if (action.due_date && action.due_date < today) view.overdue_actions.push(action);
        else if (action.due_date && action.due_date <= soon) view.due_soon_actions.push(action);
      }
    }
    view.next_meetings.sort((a, b) => a.meeting.starts_at.localeCompare(b.meeting.starts_at));
    return view;
  }
}
