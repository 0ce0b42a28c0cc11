// Pairing with the partner and the exchange, in the mock backend: invitations and answers are
// readable stand-ins of the core's codes (same prefixes), the check code comes from the pairing's
// id, and what "arrives" from the partner is what a test puts into `partnerOf(backend).incoming`.
// The pairings live in the backend's plain data (`pairings`, `partnerNotes`), so a browser test
// can hand them to the next start; the dialogs' answers hang on the backend (`partner`).
import type {
  Accepted,
  ErrorCode,
  ErrorPayload,
  ExchangeProblem,
  Invitation,
  PairingStatus,
  PartnerNote,
  ReceivedChange,
  ReceiveReport,
  ReplacedValue,
  SentFile,
} from '../../src/lib/bindings';
import type { MockBackend } from './mock-backend';

/** Today on the local calendar ("YYYY-MM-DD"). */
function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface MockPairing {
  tandem_id: number;
  state: 'invited' | 'paired';
  exchange: string;
  my_name: string;
  partner_name: string | null;
  verified: boolean;
  folder: string | null;
  last_sent_at: string | null;
  last_received_at: string | null;
  partner_seen_at: string | null;
  unsent: boolean;
  problem: ExchangeProblem | null;
  problem_file: string | null;
  problem_at: string | null;
  replaced: ReplacedValue[];
  sequence: number;
}

/** The pairings and the partner's shared notes, in the backend's data. */
export interface PartnerData {
  pairings?: Record<string, MockPairing>;
  /** The partner's notes by meeting. */
  partnerNotes?: (PartnerNote & { meeting_id: number })[];
}

/** What the dialogs answer and what arrives from the partner (set by a test). */
export interface MockPartner {
  /** The text of the file the open dialog of open_pairing_file picks (null = cancelled). */
  openText: string | null;
  /** The folder the folder dialog of choose_exchange_folder picks (null = cancelled). */
  openFolder: string | null;
  /** What exchange_now and import_exchange_file read from the partner next. */
  incoming: ReceivedChange[];
  /** import_exchange_file's open dialog is cancelled. */
  importCancelled: boolean;
}

export const PARTNER_COMMANDS: ReadonlySet<string> = new Set([
  'pairing_status',
  'create_invitation',
  'accept_invitation',
  'finish_pairing',
  'set_pairing_verified',
  'unpair',
  'save_pairing_file',
  'open_pairing_file',
  'choose_exchange_folder',
  'clear_exchange_folder',
  'exchange_now',
  'send_exchange_file',
  'import_exchange_file',
]);

const INVITATION_PREFIX = 'eyelevel-invitation:v1:';
const ANSWER_PREFIX = 'eyelevel-answer:v1:';

function fail(code: ErrorCode, message: string, field: string | null = null): never {
  const payload: ErrorPayload = { code, message, field };
  throw payload;
}

export function partnerOf(backend: MockBackend): MockPartner {
  const holder = backend as unknown as { partner?: Partial<MockPartner> };
  const state = (holder.partner ??= {});
  state.openText ??= null;
  if (!('openFolder' in state)) state.openFolder = '/home/alex/Nextcloud/Eyelevel';
  state.incoming ??= [];
  state.importCancelled ??= false;
  return state as MockPartner;
}

export function partnerData(backend: MockBackend): Required<PartnerData> {
  const data = backend.data as unknown as PartnerData;
  data.pairings ??= {};
  data.partnerNotes ??= [];
  return data as Required<PartnerData>;
}

const encode = (prefix: string, body: object) => `${prefix}${btoa(encodeURIComponent(JSON.stringify(body)))}`;

function decode<T>(text: string, prefix: string, other: string): T {
  const compact = text.replace(/\s+/g, '');
  if (compact.includes(other)) fail('invitation_invalid', `This is not an Eyelevel invitation or answer that fits here: ${other === ANSWER_PREFIX ? 'this is an answer, not an invitation' : 'this is an invitation, not an answer'}. Nothing was changed.`);
  const start = compact.indexOf(prefix);
  if (start < 0) fail('invitation_invalid', 'This is not an Eyelevel invitation or answer that fits here: it does not contain an Eyelevel pairing code. Nothing was changed.');
  try {
    return JSON.parse(decodeURIComponent(atob(compact.slice(start + prefix.length)))) as T;
  } catch {
    return fail('invitation_invalid', 'This is not an Eyelevel invitation or answer that fits here: the code is incomplete or changed. Nothing was changed.');
  }
}

/** Six digits from the pairing's id, as both sides would show them ("123 456"). */
export function checkCode(exchange: string): string {
  let hash = 7;
  for (const c of exchange) hash = (hash * 31 + c.charCodeAt(0)) % 1_000_000;
  const digits = String(hash).padStart(6, '0');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
}

function myName(name: unknown): string {
  const trimmed = String(name ?? '').trim();
  if (!trimmed) fail('title_required', 'Your name is required.', 'my_name');
  if ([...trimmed].length > 200) fail('text_too_long', 'Your name is too long: at most 200 characters are allowed.', 'my_name');
  return trimmed;
}

const newId = () => Math.random().toString(16).slice(2, 10).padEnd(8, '0') + Date.now().toString(16);

export function pairingStatus(backend: MockBackend, tandemId: number): PairingStatus {
  backend.store.tandem(tandemId);
  const p = partnerData(backend).pairings[tandemId];
  if (!p)
    return {
      tandem_id: tandemId,
      state: 'unpaired',
      check_code: null,
      verified: false,
      my_name: null,
      partner_name: null,
      invitation: null,
      folder: null,
      last_sent_at: null,
      last_received_at: null,
      partner_seen_at: null,
      unsent: false,
      problem: null,
      problem_file: null,
      problem_at: null,
      replaced: [],
    };
  return {
    tandem_id: tandemId,
    state: p.state,
    check_code: p.state === 'paired' ? checkCode(p.exchange) : null,
    verified: p.verified,
    my_name: p.my_name,
    partner_name: p.partner_name,
    invitation: p.state === 'invited' ? invitationText(backend, p) : null,
    folder: p.folder,
    last_sent_at: p.last_sent_at,
    last_received_at: p.last_received_at,
    partner_seen_at: p.partner_seen_at,
    unsent: p.unsent,
    problem: p.problem,
    problem_file: p.problem_file,
    problem_at: p.problem_at,
    replaced: structuredClone(p.replaced),
  };
}

function invitationText(backend: MockBackend, p: MockPairing): string {
  const tandem = backend.store.tandem(p.tandem_id);
  return encode(INVITATION_PREFIX, { exchange: p.exchange, title: tandem.title, role: tandem.my_role, from: p.my_name });
}

/** Pairs a tandem at once (for tests that start paired). */
export function pairNow(backend: MockBackend, tandemId: number, partnerName = 'Jonas', extra: Partial<MockPairing> = {}): MockPairing {
  const pairing: MockPairing = {
    tandem_id: tandemId,
    state: 'paired',
    exchange: newId(),
    my_name: 'Alex',
    partner_name: partnerName,
    verified: false,
    folder: null,
    last_sent_at: null,
    last_received_at: null,
    partner_seen_at: null,
    unsent: true,
    problem: null,
    problem_file: null,
    problem_at: null,
    replaced: [],
    sequence: 0,
    ...extra,
  };
  partnerData(backend).pairings[tandemId] = pairing;
  return pairing;
}

/** An invitation another Eyelevel made, for this one to accept. */
export function invitationFrom(name: string, title: string, role: 'mentor' | 'mentee' = 'mentor'): string {
  return encode(INVITATION_PREFIX, { exchange: newId(), title, role, from: name });
}

/** The partner's answer to this Eyelevel's invitation for a tandem. */
export function answerFor(backend: MockBackend, tandemId: number, name: string): string {
  const p = partnerData(backend).pairings[tandemId] ?? fail('not_paired', 'no invitation');
  return encode(ANSWER_PREFIX, { exchange: p.exchange, from: name });
}

function paired(backend: MockBackend, tandemId: number): MockPairing {
  backend.store.tandem(tandemId);
  const p = partnerData(backend).pairings[tandemId];
  if (!p || p.state !== 'paired') fail('not_paired', 'This tandem is not paired with a partner yet.');
  return p;
}

function invite(backend: MockBackend, tandemId: number, name: unknown): Invitation {
  const clean = myName(name);
  const tandem = backend.store.tandem(tandemId);
  const old = partnerData(backend).pairings[tandemId];
  const p: MockPairing = {
    ...(old ?? pairNow(backend, tandemId, '')),
    state: 'invited',
    exchange: newId(),
    my_name: clean,
    partner_name: old?.partner_name ?? null,
    verified: false,
    unsent: true,
  };
  partnerData(backend).pairings[tandemId] = p;
  return { tandem_id: tandemId, text: invitationText(backend, p), file_name: `Eyelevel invitation - ${tandem.title}.txt` };
}

function accept(backend: MockBackend, text: unknown, tandemId: number | null, name: unknown): Accepted {
  const inv = decode<{ exchange: string; title: string; role: 'mentor' | 'mentee'; from: string }>(String(text ?? ''), INVITATION_PREFIX, ANSWER_PREFIX);
  const clean = myName(name);
  let id = tandemId;
  const created = id === null;
  if (id === null) {
    const taken = (title: string) => backend.store.data.tandems.some((t) => t.title.toLowerCase() === title.toLowerCase());
    let title = inv.title;
    for (let n = 2; taken(title); n++) title = `${inv.title} (${n})`;
    id = backend.store.createTandem({
      title,
      my_role: inv.role === 'mentor' ? 'mentee' : 'mentor',
      partner_name: inv.from,
      partner_contact: null,
      program: null,
      start_date: localDay(),
      planned_end_date: null,
      cadence: { every: 2, unit: 'week', minutes: 60 },
      focus_topic_ids: [],
    }).id;
  } else backend.store.tandem(id);
  const p = pairNow(backend, id, inv.from, { exchange: inv.exchange, my_name: clean });
  return { tandem_id: id, answer: encode(ANSWER_PREFIX, { exchange: p.exchange, from: clean }), file_name: `Eyelevel answer - ${clean}.txt`, check_code: checkCode(p.exchange), created };
}

function finish(backend: MockBackend, text: unknown): PairingStatus {
  const answer = decode<{ exchange: string; from: string }>(String(text ?? ''), ANSWER_PREFIX, INVITATION_PREFIX);
  const p = Object.values(partnerData(backend).pairings).find((candidate) => candidate.exchange === answer.exchange && candidate.state === 'invited');
  if (!p) fail('invitation_invalid', 'This is not an Eyelevel invitation or answer that fits here: it answers an invitation this Eyelevel did not make. Nothing was changed.');
  Object.assign(p, { state: 'paired', partner_name: answer.from });
  return pairingStatus(backend, p.tandem_id);
}

/** Ends a pairing: the partner's items stay as my own. */
function unpair(backend: MockBackend, tandemId: number): PairingStatus {
  backend.store.tandem(tandemId);
  delete partnerData(backend).pairings[tandemId];
  const d = backend.data;
  const meetings = new Set(d.meetings.filter((m) => m.tandem_id === tandemId).map((m) => m.id));
  for (const list of [d.goals.filter((g) => g.tandem_id === tandemId), d.meetings.filter((m) => m.tandem_id === tandemId), d.agenda.filter((i) => meetings.has(i.meeting_id)), d.actions.filter((a) => a.tandem_id === tandemId)])
    for (const item of list) item.from_partner = false;
  return pairingStatus(backend, tandemId);
}

/** Reads what the partner sent (the test's `incoming`): their changes, applied. */
function receive(backend: MockBackend, p: MockPairing): ReceiveReport {
  const state = partnerOf(backend);
  const changes = state.incoming.map((c) => ({ ...c, tandem_id: p.tandem_id }));
  state.incoming = [];
  if (changes.length) p.last_received_at = new Date().toISOString();
  return { applied: changes.length ? 1 : 0, changes, skipped: 0, waiting: 0, partner_newer: false, dry_run: false };
}

/** Answers the pairing and exchange commands (see PARTNER_COMMANDS). */
export function partnerCommand(backend: MockBackend, cmd: string, a: Record<string, unknown>): unknown {
  const tandemId = a.tandemId as number;
  const state = partnerOf(backend);
  switch (cmd) {
    case 'pairing_status':
      return pairingStatus(backend, tandemId);
    case 'create_invitation':
      return invite(backend, tandemId, a.myName);
    case 'accept_invitation':
      return accept(backend, a.text, (a.tandemId as number | null) ?? null, a.myName);
    case 'finish_pairing':
      return finish(backend, a.text);
    case 'set_pairing_verified':
      paired(backend, tandemId).verified = Boolean(a.verified);
      return pairingStatus(backend, tandemId);
    case 'unpair':
      return unpair(backend, tandemId);
    case 'save_pairing_file': {
      const text = String(a.text ?? '');
      if (!text.startsWith('eyelevel-invitation:') && !text.startsWith('eyelevel-answer:')) fail('invalid_input', 'only pairing codes are saved here');
      const path = backend.saveDialog(a.fileName, 'txt');
      if (path !== null) backend.exports.push({ path, format: 'txt', version: null, content: `${text}\n` });
      return path;
    }
    case 'open_pairing_file':
      backend.dialogs.push({ kind: 'open' });
      return state.openText;
    case 'choose_exchange_folder': {
      const p = partnerData(backend).pairings[tandemId] ?? fail('not_paired', 'This tandem is not paired with a partner yet.');
      backend.dialogs.push({ kind: 'folder', start: p.folder });
      if (state.openFolder === null) return null;
      Object.assign(p, { folder: state.openFolder, unsent: true, problem: null, problem_file: null, problem_at: null });
      return pairingStatus(backend, tandemId);
    }
    case 'clear_exchange_folder': {
      const p = partnerData(backend).pairings[tandemId] ?? fail('not_paired', 'This tandem is not paired with a partner yet.');
      p.folder = null;
      return pairingStatus(backend, tandemId);
    }
    case 'exchange_now': {
      const p = paired(backend, tandemId);
      if (!p.folder) fail('exchange_folder_invalid', 'The exchange folder cannot be used: no exchange folder is chosen for this tandem', 'folder');
      const report = receive(backend, p);
      Object.assign(p, { last_sent_at: new Date().toISOString(), unsent: false, sequence: p.sequence + 1 });
      return report;
    }
    case 'send_exchange_file': {
      const p = paired(backend, tandemId);
      const path = backend.saveDialog(a.fileName, 'eyx');
      if (path === null) return null;
      Object.assign(p, { last_sent_at: new Date().toISOString(), unsent: false, sequence: p.sequence + 1 });
      return { tandem_id: tandemId, file_name: path.split('/').pop()!, path, sequence: p.sequence } satisfies SentFile;
    }
    case 'import_exchange_file': {
      backend.dialogs.push({ kind: 'open' });
      if (state.importCancelled) return null;
      const p = Object.values(partnerData(backend).pairings).find((candidate) => candidate.state === 'paired');
      if (!p) fail('exchange_file_invalid', 'The exchange file is damaged or not from your partner: no tandem is paired with its sender. Nothing was changed.');
      return receive(backend, p);
    }
    default:
      throw `command ${cmd} not found`;
  }
}

/** The partner's note on a meeting, as MeetingDetail carries it. */
export function partnerNoteOf(data: unknown, meetingId: number): PartnerNote | null {
  const notes = (data as PartnerData).partnerNotes ?? [];
  const found = notes.find((n) => n.meeting_id === meetingId);
  return found ? { body: found.body, updated_at: found.updated_at } : null;
}
