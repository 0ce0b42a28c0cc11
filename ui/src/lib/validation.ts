import type { ApiError, AppErrorCode } from './api';
import type { Cadence, ErrorCode, Role } from './bindings';
import { isIsoDay, today } from './dates';
import { errorKey, type MessageKey, type Params } from './i18n/index.svelte';

export const MIN_PASSPHRASE_CHARS = 8;

/** Characters as a person counts them (code points, so "ä" or an emoji is one). */
export function charCount(text: string): number {
  return [...text].length;
}

export interface PassphraseProblems {
  passphrase: ErrorCode | null;
  confirm: ErrorCode | null;
}

export function checkNewPassphrase(passphrase: string, confirm: string): PassphraseProblems {
  return {
    passphrase: charCount(passphrase) < MIN_PASSPHRASE_CHARS ? 'passphrase_too_short' : null,
    confirm: passphrase !== confirm ? 'passphrase_mismatch' : null,
  };
}

/** Recovery codes as shown: 7 groups of 4, upper case (the backend also accepts any spacing). */
export function formatRecoveryCode(code: string): string {
  const compact = code.replace(/[\s-]/g, '').toUpperCase();
  return compact.match(/.{1,4}/g)?.join('-') ?? compact;
}

// ---- tandems, agreements, goals, topics -------------------------------------------------------

/** Titles and names (core: 200 characters); longer texts (core: 20 000 characters). */
export const MAX_NAME_CHARS = 200;
export const MAX_TEXT_CHARS = 20_000;
export const MAX_EVERY = 52;
export const MAX_LINK_CHARS = 2000;
export const MIN_MEETING_MINUTES = 15;
export const MAX_MEETING_MINUTES = 480;

/** One question of a topic (core: 1000 characters), and how many a topic holds (core: 50). */
export const MAX_QUESTION_CHARS = 1000;
export const MAX_QUESTIONS = 50;

/** A message for one field: its key and parameters. */
export interface Problem {
  key: MessageKey;
  params?: Params;
}

export type Problems<F extends string> = Partial<Record<F, Problem>>;

const tooLong = (max: number): Problem => ({ key: 'forms.too_long', params: { max } });

export function checkName(value: string, required: MessageKey | null): Problem | null {
  const trimmed = value.trim();
  if (required && !trimmed) return { key: required };
  return charCount(trimmed) > MAX_NAME_CHARS ? tooLong(MAX_NAME_CHARS) : null;
}

export function checkText(value: string): Problem | null {
  return charCount(value) > MAX_TEXT_CHARS ? tooLong(MAX_TEXT_CHARS) : null;
}

/** A date input's value: "" (empty) or YYYY-MM-DD. */
export function checkDay(value: string, required: boolean): Problem | null {
  if (!value) return required ? { key: 'forms.date_required' } : null;
  return isIsoDay(value) ? null : { key: 'forms.date_invalid' };
}

/** Number inputs bound with bind:value give a number, or null/"" while empty. */
export interface CadenceDraft {
  every: number | null;
  unit: Cadence['unit'];
  minutes: number | null;
}

export function checkCadence(cadence: CadenceDraft): Problems<'every' | 'minutes'> {
  const problems: Problems<'every' | 'minutes'> = {};
  const { every, minutes } = cadence;
  if (typeof every !== 'number' || !Number.isInteger(every) || every < 1 || every > MAX_EVERY) problems.every = { key: 'forms.every_invalid' };
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < MIN_MEETING_MINUTES || minutes > MAX_MEETING_MINUTES)
    problems.minutes = { key: 'forms.minutes_invalid' };
  return problems;
}

export type TandemField =
  | 'title'
  | 'my_role'
  | 'partner_name'
  | 'partner_contact'
  | 'program'
  | 'start_date'
  | 'planned_end_date'
  | 'every'
  | 'minutes';

export interface TandemDraft {
  title: string;
  my_role: Role | null;
  partner_name: string;
  partner_contact: string;
  program: string;
  start_date: string;
  planned_end_date: string;
  cadence: CadenceDraft;
}

/** The checks the core makes, run before sending so most mistakes show up at once. */
export function checkTandem(draft: TandemDraft): Problems<TandemField> {
  const problems: Problems<TandemField> = {
    title: checkName(draft.title, 'forms.title_required') ?? undefined,
    my_role: draft.my_role ? undefined : { key: 'forms.role_required' },
    partner_name: checkName(draft.partner_name, 'forms.partner_required') ?? undefined,
    partner_contact: checkName(draft.partner_contact, null) ?? undefined,
    program: checkName(draft.program, null) ?? undefined,
    start_date: checkDay(draft.start_date, true) ?? undefined,
    planned_end_date: checkDay(draft.planned_end_date, false) ?? undefined,
    ...checkCadence(draft.cadence),
  };
  const datesValid = !problems.start_date && draft.planned_end_date && !problems.planned_end_date;
  if (datesValid && draft.planned_end_date < draft.start_date) problems.planned_end_date = { key: 'forms.end_before_start' };
  return compact(problems);
}

/** A problem the core reported, placed at one field of a form. */
export interface Placed<F extends string> {
  field: F;
  problem: Problem;
}

/**
 * Places a rejected save at a form field by `error.field`, the core's machine key of the input
 * struct's field ("partner_name", "cadence.minutes" …); the English message is never parsed.
 * `fields` maps the core's keys to the form's fields. An error without a field, or with one the
 * form does not show, gives null: the form shows it as a notice. A field-specific message comes
 * from `problemFor`; any other code is shown at the field with its general translation.
 */
function place<F extends string>(error: ApiError, fields: ReadonlyMap<string, F>, problemFor: (code: AppErrorCode, field: F) => Problem | null): Placed<F> | null {
  const field = error.field === null ? undefined : fields.get(error.field);
  if (field === undefined) return null;
  return { field, problem: problemFor(error.code, field) ?? { key: errorKey(error.code) } };
}

function cadenceProblem(field: string): Problem {
  return { key: field === 'minutes' ? 'forms.minutes_invalid' : 'forms.every_invalid' };
}

/** Drops the fields without a problem, so `Object.keys` lists only real ones. */
export function compact<F extends string>(problems: Problems<F>): Problems<F> {
  return Object.fromEntries(Object.entries(problems).filter(([, v]) => v)) as Problems<F>;
}

/** The core's field keys (snake_case names of TandemInput's fields) → the tandem form's fields. */
const TANDEM_FIELDS = new Map<string, TandemField>([
  ['title', 'title'],
  ['my_role', 'my_role'],
  ['partner_name', 'partner_name'],
  ['partner_contact', 'partner_contact'],
  ['program', 'program'],
  ['start_date', 'start_date'],
  ['planned_end_date', 'planned_end_date'],
  ['cadence.every', 'every'],
  ['cadence.minutes', 'minutes'],
]);

/** Which tandem field a rejected save belongs to (by `error.field`), or null for the form-level notice. */
export function tandemFieldOf(error: ApiError): Placed<TandemField> | null {
  return place(error, TANDEM_FIELDS, (code, field) => {
    switch (code) {
      case 'title_required':
        return { key: field === 'partner_name' ? 'forms.partner_required' : 'forms.title_required' };
      case 'duplicate_title':
        return { key: 'forms.duplicate_tandem' };
      case 'end_before_start':
        return { key: 'forms.end_before_start' };
      case 'invalid_cadence':
        return cadenceProblem(field);
      case 'text_too_long':
        return tooLong(MAX_NAME_CHARS);
      default:
        return null;
    }
  });
}

/** "Mark as agreed on": a real date, not in the future. */
export function checkAgreedOn(value: string): Problem | null {
  return checkDay(value, true) ?? (value > today() ? { key: 'forms.date_in_future' } : null);
}

export type AgreementField =
  | 'my_expectations'
  | 'partner_expectations'
  | 'place'
  | 'video_link'
  | 'confidentiality'
  | 'hr_sharing'
  | 'feedback'
  | 'review_date'
  | 'every'
  | 'minutes';

export interface AgreementDraft {
  my_expectations: string;
  partner_expectations: string;
  cadence: CadenceDraft;
  place: string;
  video_link: string;
  confidentiality: string;
  hr_sharing: string;
  voluntary: boolean;
  feedback: string;
  review_date: string;
}

/** A video link as the core accepts it: http(s) or a bare address, no spaces. */
export function checkLink(value: string): Problem | null {
  const link = value.trim();
  if (!link) return null;
  if (charCount(link) > MAX_LINK_CHARS) return tooLong(MAX_LINK_CHARS);
  const scheme = /^([a-z][a-z0-9+-]*):/i.exec(link)?.[1]?.toLowerCase();
  const badScheme = scheme !== undefined && scheme !== 'http' && scheme !== 'https';
  return /\s/.test(link) || badScheme ? { key: 'forms.link_invalid' } : null;
}

export function checkAgreement(draft: AgreementDraft): Problems<AgreementField> {
  const texts = ['my_expectations', 'partner_expectations', 'confidentiality', 'hr_sharing', 'feedback'] as const;
  const problems: Problems<AgreementField> = {
    ...checkCadence(draft.cadence),
    place: checkName(draft.place, null) ?? undefined,
    video_link: checkLink(draft.video_link) ?? undefined,
    review_date: checkDay(draft.review_date, false) ?? undefined,
  };
  for (const field of texts) problems[field] = checkText(draft[field]) ?? undefined;
  return compact(problems);
}

/** The core's field keys (snake_case names of AgreementInput's fields) → the agreement form's fields. */
const AGREEMENT_FIELDS = new Map<string, AgreementField | 'agreed_on'>([
  ['my_expectations', 'my_expectations'],
  ['partner_expectations', 'partner_expectations'],
  ['place', 'place'],
  ['video_link', 'video_link'],
  ['confidentiality', 'confidentiality'],
  ['hr_sharing', 'hr_sharing'],
  ['feedback', 'feedback'],
  ['review_date', 'review_date'],
  ['cadence.every', 'every'],
  ['cadence.minutes', 'minutes'],
  // mark_agreement_agreed's date: shown beside the "mark as agreed" button, not in the draft.
  ['agreed_on', 'agreed_on'],
]);

/** Which agreement field a rejected save or "mark as agreed" belongs to (by `error.field`), or null. */
export function agreementFieldOf(error: ApiError): Placed<AgreementField | 'agreed_on'> | null {
  return place(error, AGREEMENT_FIELDS, (code, field) => {
    switch (code) {
      case 'invalid_cadence':
        return cadenceProblem(field);
      case 'text_too_long':
        return tooLong(field === 'place' ? MAX_NAME_CHARS : field === 'video_link' ? MAX_LINK_CHARS : MAX_TEXT_CHARS);
      case 'invalid_input':
        // The core's only rules here: the link's form, and no agreement date in the future.
        return field === 'video_link' ? { key: 'forms.link_invalid' } : field === 'agreed_on' ? { key: 'forms.date_in_future' } : null;
      default:
        return null;
    }
  });
}

export type TopicField = 'title' | 'description' | 'questions';

/** The core's field keys (TopicInput) → the topic dialog's fields (the same names). */
const TOPIC_FIELDS = new Map<string, TopicField>([
  ['title', 'title'],
  ['description', 'description'],
  ['questions', 'questions'],
]);

/** Which topic field a rejected save belongs to (by `error.field`), or null. */
export function topicFieldOf(error: ApiError): Placed<TopicField> | null {
  return place(error, TOPIC_FIELDS, (code, field) => {
    switch (code) {
      case 'title_required':
        return { key: 'forms.title_required' };
      case 'duplicate_title':
        return { key: 'forms.duplicate_topic' };
      case 'text_too_long':
        return tooLong(field === 'title' ? MAX_NAME_CHARS : field === 'questions' ? MAX_QUESTION_CHARS : MAX_TEXT_CHARS);
      case 'invalid_input':
        return field === 'questions' ? { key: 'forms.too_many_questions', params: { max: MAX_QUESTIONS } } : null;
      default:
        return null;
    }
  });
}

export type GoalField = 'title' | 'why' | 'target';

/** The core's field keys (GoalInput) → the goal dialog's fields. */
const GOAL_FIELDS = new Map<string, GoalField>([
  ['title', 'title'],
  ['why', 'why'],
  ['target_date', 'target'],
]);

/** Which goal field a rejected save belongs to (by `error.field`), or null. */
export function goalFieldOf(error: ApiError): Placed<GoalField> | null {
  return place(error, GOAL_FIELDS, (code, field) => {
    switch (code) {
      case 'title_required':
        return { key: 'forms.title_required' };
      case 'text_too_long':
        return tooLong(field === 'title' ? MAX_NAME_CHARS : MAX_TEXT_CHARS);
      default:
        return null;
    }
  });
}

/** The problem of a rejected progress note (add_goal_note's `body`), or null. */
export function noteProblemOf(error: ApiError): Problem | null {
  const placed = place(error, new Map([['body', 'body' as const]]), (code) => (code === 'text_too_long' ? tooLong(MAX_TEXT_CHARS) : null));
  return placed?.problem ?? null;
}
