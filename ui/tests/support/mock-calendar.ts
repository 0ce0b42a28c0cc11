// The calendar commands of the mock backend, with the dialogs the backend opens for them: settings,
// the feed folder, export (counts the meetings it would write) and import with a preview of
// invitation "files" that exist only here, by name, handed to the page as a token. Its state hangs
// on the backend as plain data (`backend.calendar`), so a browser test can set it from the page
// like the rest of the mock.
import type {
  AgendaDetail,
  CalendarSettings,
  CalendarSettingsPatch,
  ErrorCode,
  ErrorPayload,
  ExportRequest,
  ExportSummary,
  FeedStatus,
  ImportAction,
  ImportOptions,
  ImportPreview,
  ImportResult,
  ImportRow,
  PickedFile,
} from '../../src/lib/bindings';
import type { Meeting } from '../../src/lib/meeting-types';
import type { MockBackend } from './mock-backend';
import { addDays } from './mock-meetings';

export interface MockCalendar {
  settings: CalendarSettings;
  feed: FeedStatus;
  /** What the open dialog of choose_calendar_import answers (null = cancelled). */
  openFile: string | null;
  /** What the folder dialog of choose_feed_folder answers (null = cancelled). */
  openFolder: string | null;
  /** The picked invitations by token (the backend keeps one at a time; importing spends it). */
  picked: Record<string, string>;
  /** How many files were picked so far (for the next token). */
  pickCount: number;
  /** Folders the feed can't be written to (choosing one fails with feed_folder_invalid). */
  badFolders: string[];
  /** Writing the feed fails (the folder went away) until this is false again. */
  feedFailing: boolean;
  /** Files written by export_calendar. */
  exports: { path: string; request: ExportRequest; events: number }[];
  /** "tandemId:path" of invitations imported already: importing them again changes nothing. */
  imported: string[];
}

export const CALENDAR_COMMANDS: ReadonlySet<string> = new Set([
  'calendar_settings',
  'update_calendar_settings',
  'feed_status',
  'write_feed_now',
  'choose_feed_folder',
  'export_calendar',
  'choose_calendar_import',
  'preview_calendar_import',
  'import_calendar',
]);

/** The invitation the open dialog answers unless a test says otherwise. */
export const DEFAULT_INVITATION = '/home/alex/Downloads/team-invite.ics';

function defaults(): MockCalendar {
  return {
    settings: { agenda_detail: 'titles', alarm_minutes: 30, feed_folder: null },
    feed: { path: null, written_at: null, events: 0, error: null },
    openFile: DEFAULT_INVITATION,
    openFolder: '/home/alex/Calendars',
    picked: {},
    pickCount: 0,
    badFolders: [],
    feedFailing: false,
    exports: [],
    imported: [],
  };
}

/** The calendar state of this backend; fields a test left out get their defaults. */
export function calendarOf(backend: MockBackend): MockCalendar {
  const holder = backend as unknown as { calendar?: Partial<MockCalendar> };
  const state = (holder.calendar ??= {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(defaults())) if (!(key in state)) state[key] = value;
  return state as unknown as MockCalendar;
}

function fail(code: ErrorCode, message: string, field: string | null = null): never {
  const payload: ErrorPayload = { code, message, field };
  throw payload;
}

const DETAILS: readonly AgendaDetail[] = ['none', 'titles', 'with_prep_notes'];
const allMeetings = (backend: MockBackend) => (backend.data as unknown as { meetings: Meeting[] }).meetings;
const pad = (n: number) => String(n).padStart(2, '0');

/** Today on the local calendar ("YYYY-MM-DD"). */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The meetings an export request selects (as the core does: upcoming ones, cancelled included). */
function selected(backend: MockBackend, request: ExportRequest): Meeting[] {
  const m = backend.meetings;
  const now = Date.now();
  const upcoming = (list: Meeting[]) =>
    list.filter((x) => (request.from ? x.local_date >= request.from : new Date(x.starts_at).getTime() >= now) && (!request.to || x.local_date <= request.to));
  const scope = request.scope;
  switch (scope.kind) {
    case 'meeting':
      return [m.meeting(scope.meeting_id)];
    case 'series_from': {
      const first = m.meeting(scope.meeting_id);
      if (first.series_id === null) return [first];
      return allMeetings(backend).filter((x) => x.series_id === first.series_id && x.starts_at >= first.starts_at);
    }
    case 'tandem':
      return upcoming(m.listMeetings(scope.tandem_id, true));
    case 'all':
      return backend.store.listTandems(true).flatMap((t) => upcoming(m.listMeetings(t.id, true)));
  }
}

function feedEvents(backend: MockBackend): number {
  const cutoff = Date.now() - 30 * 86_400_000;
  return allMeetings(backend).filter((m) => new Date(m.ends_at).getTime() >= cutoff).length;
}

/** Rewrites the feed file (when one is set), as the shell does after every change. */
function writeFeed(backend: MockBackend, cal: MockCalendar): FeedStatus {
  const folder = cal.settings.feed_folder;
  if (folder === null) cal.feed = { path: null, written_at: null, events: 0, error: null };
  else if (cal.feedFailing) cal.feed = { ...cal.feed, path: `${folder}/eyelevel.ics`, error: { code: 'feed_folder_invalid', message: 'folder is gone', field: 'feed_folder' } };
  else cal.feed = { path: `${folder}/eyelevel.ics`, written_at: new Date().toISOString(), events: feedEvents(backend), error: null };
  return { ...cal.feed };
}

function updateSettings(backend: MockBackend, cal: MockCalendar, patch: CalendarSettingsPatch): CalendarSettings {
  const next = { ...cal.settings };
  if (patch.agenda_detail !== undefined) {
    if (!DETAILS.includes(patch.agenda_detail)) fail('invalid_input', 'unknown agenda detail', 'agenda_detail');
    next.agenda_detail = patch.agenda_detail;
  }
  if ('alarm_minutes' in patch) {
    const minutes = patch.alarm_minutes ?? null;
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 0 || minutes > 40_320)) fail('invalid_input', 'alarm out of range', 'alarm_minutes');
    next.alarm_minutes = minutes;
  }
  if ('feed_folder' in patch) {
    const folder = patch.feed_folder ?? null;
    if (folder !== null && (!folder.startsWith('/') || cal.badFolders.includes(folder))) fail('feed_folder_invalid', 'not writable', 'feed_folder');
    next.feed_folder = folder;
  }
  cal.settings = next;
  writeFeed(backend, cal);
  return { ...next };
}

/** update_calendar_settings: a feed folder can only be switched off here, never named. */
function updateFromPage(backend: MockBackend, cal: MockCalendar, patch: CalendarSettingsPatch): CalendarSettings {
  if (patch.feed_folder != null) fail('invalid_input', 'choose the feed folder in the folder dialog', 'feed_folder');
  return updateSettings(backend, cal, patch);
}

/** choose_feed_folder: the folder dialog (starting in the current folder), then saved and written. */
function chooseFeedFolder(backend: MockBackend, cal: MockCalendar): CalendarSettings | null {
  backend.dialogs.push({ kind: 'folder', start: cal.settings.feed_folder });
  const folder = cal.openFolder;
  if (folder === null) return null;
  return updateSettings(backend, cal, { feed_folder: folder });
}

/** choose_calendar_import: the open dialog; the page gets a token and the file's name. */
function chooseImport(backend: MockBackend, cal: MockCalendar): PickedFile | null {
  backend.dialogs.push({ kind: 'open' });
  const path = cal.openFile;
  if (path === null) return null;
  cal.pickCount += 1;
  const token = `token-${cal.pickCount}`;
  cal.picked = { [token]: path };
  return { token, file_name: path.split('/').pop() ?? path };
}

function pickedPath(cal: MockCalendar, token: unknown): string {
  const path = typeof token === 'string' ? cal.picked[token] : undefined;
  return path ?? fail('invalid_input', 'no file was chosen for this step; choose it again');
}

// ---- invitations ------------------------------------------------------------------------------

type Draft = Omit<ImportRow, 'local_time' | 'duration_minutes'> & { time?: string; minutes?: number };

const row = (draft: Draft, options: ImportOptions): ImportRow => {
  const allDay = draft.notes.includes('all_day');
  const { time, minutes, ...rest } = draft;
  return { ...rest, local_time: allDay ? options.all_day_time : (time ?? '10:00'), duration_minutes: allDay ? options.all_day_minutes : (minutes ?? 60) };
};

const base = { place: '', video_link: null, recurring: false, attendees: 0, meeting_id: null, notes: [] };

/** What each invitation "file" holds, relative to today; errors for the hostile ones. */
function invitation(path: string, options: ImportOptions): ImportRow[] {
  const name = path.split('/').pop() ?? path;
  const today = localToday();
  const day = (n: number) => addDays(today, n);
  switch (name) {
    case 'broken.ics':
      return fail('ics_invalid', 'not a VCALENDAR');
    case 'huge.ics':
      return fail('ics_too_large', 'larger than 2 MB');
    case 'empty.ics':
      return fail('ics_no_events', 'no VEVENT');
    case 'many.ics':
      return fail('ics_too_many_events', 'more than 500 events');
    case 'all-done.ics':
      return [
        row({ ...base, summary: 'Kick-off', action: 'unchanged', local_date: day(3), meeting_id: 1 }, options),
        row({ ...base, summary: 'Retrospective', action: 'skip', notes: ['already_held'], local_date: day(-2), meeting_id: 2 }, options),
      ];
    case 'team-invite.ics':
      return [
        row({ ...base, summary: 'Intro call', action: 'skip', notes: ['in_past'], local_date: day(-10), time: '09:00', minutes: 30 }, options),
        row({ ...base, summary: 'Kick-off', action: 'unchanged', local_date: day(3), time: '14:00', place: 'Café Müller', meeting_id: 1 }, options),
        row({ ...base, summary: 'Lunch chat', action: 'cancel', local_date: day(5), time: '12:30', minutes: 45, meeting_id: 2 }, options),
        row({ ...base, summary: 'Mentoring day', action: 'create', notes: ['all_day'], local_date: day(7), place: 'Office Berlin' }, options),
        row(
          { ...base, summary: 'Jour fixe', action: 'create', notes: ['zone_assumed'], local_date: day(10), time: '16:00', video_link: 'https://teams.microsoft.com/l/meetup-join/abc', recurring: true, attendees: 3 },
          options,
        ),
        row({ ...base, summary: 'Jour fixe', action: 'create', local_date: day(17), time: '16:00', video_link: 'https://teams.microsoft.com/l/meetup-join/abc', recurring: true, attendees: 3 }, options),
        row({ ...base, summary: 'Quarterly review', action: 'update', notes: ['duration_adjusted', 'place_shortened'], local_date: day(20), time: '10:00', minutes: 480, place: 'Conference room “Spree”, 4th floor', meeting_id: 3 }, options),
        row({ ...base, summary: 'Planning ahead', action: 'skip', notes: ['beyond_two_years'], local_date: day(800) }, options),
      ];
    default:
      return fail('io', 'no such file');
  }
}

function checkOptions(backend: MockBackend, options: ImportOptions): void {
  backend.store.tandem(options.tandem_id);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(options.all_day_time)) fail('invalid_time', 'use HH:MM', 'all_day_time');
  const minutes = options.all_day_minutes;
  if (!Number.isInteger(minutes) || minutes < 15 || minutes > 480) fail('invalid_duration', '15 to 480 minutes', 'all_day_minutes');
}

function preview(backend: MockBackend, cal: MockCalendar, path: string, options: ImportOptions): ImportPreview {
  checkOptions(backend, options);
  const again = cal.imported.includes(`${options.tandem_id}:${path}`);
  const rows = invitation(path, options).map((r): ImportRow => (again && r.action !== 'skip' ? { ...r, action: 'unchanged' } : r));
  const count = (action: ImportAction) => rows.filter((r) => r.action === action).length;
  return { rows, create: count('create'), update: count('update'), unchanged: count('unchanged'), cancel: count('cancel'), skip: count('skip') };
}

function apply(backend: MockBackend, cal: MockCalendar, path: string, options: ImportOptions): ImportResult {
  const plan = preview(backend, cal, path, options);
  const ids = plan.rows
    .filter((r) => r.action === 'create')
    .map((r) => backend.meetings.planMeeting(options.tandem_id, { date: r.local_date, time: r.local_time, duration_minutes: r.duration_minutes, place: r.place, video_link: r.video_link }).id);
  cal.imported.push(`${options.tandem_id}:${path}`);
  writeFeed(backend, cal);
  return { created: plan.create, updated: plan.update, unchanged: plan.unchanged, cancelled: plan.cancel, skipped: plan.skip, meeting_ids: ids };
}

function exportCalendar(backend: MockBackend, cal: MockCalendar, request: ExportRequest, suggested: unknown): ExportSummary | null {
  const path = backend.saveDialog(suggested, 'ics');
  if (path === null) return null;
  const meetings = selected(backend, request);
  if (meetings.length === 0) fail('nothing_to_export', 'no meetings in the selection');
  if (!path.endsWith('.ics')) fail('io', 'the mock writes .ics files only');
  cal.exports.push({ path, request, events: meetings.length });
  return { events: meetings.length, cancelled: meetings.filter((m) => m.status === 'cancelled').length, path };
}

export function calendarCommand(backend: MockBackend, cmd: string, a: Record<string, unknown>): unknown {
  const cal = calendarOf(backend);
  switch (cmd) {
    case 'calendar_settings':
      return { ...cal.settings };
    case 'update_calendar_settings':
      return updateFromPage(backend, cal, a.patch as CalendarSettingsPatch);
    case 'choose_feed_folder':
      return chooseFeedFolder(backend, cal);
    case 'feed_status':
      return { ...cal.feed };
    case 'write_feed_now':
      return writeFeed(backend, cal);
    case 'export_calendar':
      return exportCalendar(backend, cal, a.request as ExportRequest, a.fileName);
    case 'choose_calendar_import':
      return chooseImport(backend, cal);
    case 'preview_calendar_import':
      return preview(backend, cal, pickedPath(cal, a.token), a.options as ImportOptions);
    case 'import_calendar': {
      const result = apply(backend, cal, pickedPath(cal, a.token), a.options as ImportOptions);
      delete cal.picked[String(a.token)];
      return result;
    }
    default:
      return fail('internal', `unknown calendar command ${cmd}`);
  }
}
