// Tandems, agreements, goals and the topic library of the mock backend, kept in
// one plain, JSON-serialisable object so a browser test can hand it to the next "start".
import type {
  Agreement,
  AgreementInput,
  AgreementState,
  Cadence,
  ErrorCode,
  ErrorPayload,
  ExportFormat,
  Goal,
  GoalInput,
  GoalStatus,
  Language,
  Tandem,
  TandemInput,
  TandemOverview,
  TandemStatus,
  TandemSummary,
  Topic,
  TopicInput,
} from '../../src/lib/bindings';
import { BUILTIN_TOPICS } from './mock-topics';
import { sample } from './mock-sample';
import { emptyMeetingData, type MeetingData } from './mock-meetings';

export interface UserTopic {
  id: number;
  title: string;
  description: string;
  questions: string[];
  hidden: boolean;
}

export interface MockData extends MeetingData {
  nextId: number;
  tandems: Tandem[];
  /** Every version of every agreement. */
  agreements: Agreement[];
  goals: Goal[];
  userTopics: UserTopic[];
  hiddenBuiltins: string[];
}

export function emptyData(): MockData {
  return { nextId: 100, tandems: [], agreements: [], goals: [], userTopics: [], hiddenBuiltins: [], ...emptyMeetingData() };
}

const MAX_NAME = 200;
const MAX_TEXT = 20_000;

/** Rejects like the core: its serialised ErrorPayload, `field` being the input struct's key or null. */
function fail(code: ErrorCode, message: string, field: string | null = null): never {
  const payload: ErrorPayload = { code, message, field };
  throw payload;
}

/** The core's words for a field key in its English messages ("partner_name" → "partner name"). */
function humanise(field: string): string {
  if (field === 'why') return 'reason';
  if (field === 'body') return 'note';
  return field
    .split(/[_.]/)
    .filter(Boolean)
    .map((word) => (word === 'hr' ? 'HR' : word))
    .join(' ');
}

/** The core's `Error::InvalidField`: code invalid_input, about one field. */
const invalidField = (field: string, message: string): never => fail('invalid_input', `Invalid input: ${message}`, field);

function chars(text: string): number {
  return [...text].length;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function localDay(date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(y, m - 1, d + days));
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

let lastInstant = 0;
/** Strictly increasing instants, so "latest change" is well defined even within a millisecond. */
function now(): string {
  lastInstant = Math.max(Date.now(), lastInstant + 1);
  return new Date(lastInstant).toISOString();
}

// Errors as the core sends them: the same code, English message and field key (the snake_case
// name of the input struct's field, e.g. "partner_name"); the UI places errors by the key only.
const tooLong = (field: string, max: number): never =>
  fail('text_too_long', `The ${humanise(field)} is too long: at most ${max} characters are allowed.`, field);

function checkName(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) fail('title_required', `The ${humanise(field)} is required.`, field);
  if (chars(trimmed) > MAX_NAME) tooLong(field, MAX_NAME);
  return trimmed;
}

function checkOptional(value: string | null, field: string, max = MAX_NAME): string | null {
  const trimmed = value?.trim() ?? '';
  if (chars(trimmed) > max) tooLong(field, max);
  return trimmed || null;
}

function checkText(value: string, field: string): string {
  if (chars(value) > MAX_TEXT) tooLong(field, MAX_TEXT);
  return value;
}

function checkLink(value: string | null): string | null {
  const link = checkOptional(value, 'video_link', 2000);
  if (link === null) return null;
  if (/\s/.test(link)) invalidField('video_link', 'the video link must not contain spaces');
  if (/^https?:\/\//i.test(link)) return link;
  if (/^[a-z][a-z0-9+-]*:/i.test(link)) invalidField('video_link', 'the video link must be an https:// or http:// address');
  return `https://${link}`;
}

function checkCadence(cadence: Cadence): Cadence {
  // An unknown unit does not deserialise in the real app (no ErrorPayload at all).
  if (cadence.unit !== 'week' && cadence.unit !== 'month') fail('invalid_input', 'unknown cadence unit');
  if (!Number.isInteger(cadence.every) || cadence.every < 1 || cadence.every > 52)
    fail('invalid_cadence', 'Invalid cadence: the interval must be between 1 and 52', 'cadence.every');
  if (!Number.isInteger(cadence.minutes) || cadence.minutes < 15 || cadence.minutes > 480)
    fail('invalid_cadence', 'Invalid cadence: a meeting must last between 15 and 480 minutes', 'cadence.minutes');
  return { ...cadence };
}

/** One question of a topic, and how many a topic holds (core: QUESTION_MAX, QUESTIONS_MAX). */
const MAX_QUESTION = 1000;
const MAX_QUESTIONS = 50;

const STATUS_ORDER: Record<TandemStatus, number> = { active: 0, paused: 1, finished: 2 };

export class MockTandems {
  constructor(
    public data: MockData,
    private language: () => Language,
  ) {}

  private id(): number {
    return this.data.nextId++;
  }

  // ---- topics -------------------------------------------------------------------------------

  topics(includeHidden: boolean): Topic[] {
    const lang = this.language();
    const builtins: Topic[] = BUILTIN_TOPICS.map((topic, index) => ({
      id: index + 1,
      builtin: true,
      key: topic.key,
      ...topic[lang],
      questions: [...topic[lang].questions],
      hidden: this.data.hiddenBuiltins.includes(topic.key),
    }));
    const own: Topic[] = [...this.data.userTopics]
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((topic) => ({ ...topic, questions: [...topic.questions], builtin: false, key: null }));
    return [...builtins, ...own].filter((topic) => includeHidden || !topic.hidden);
  }

  topic(id: number): Topic {
    return this.topics(true).find((topic) => topic.id === id) ?? fail('not_found', `Not found: topic ${id}.`);
  }

  /** The core's order: title, description, each question, how many, then duplicates (own or built-in). */
  private checkTopic(input: TopicInput, id: number | null): TopicInput {
    const title = checkName(input.title, 'title');
    const description = checkText(input.description.trim(), 'description');
    const questions = input.questions.map((q) => checkOptional(q, 'questions', MAX_QUESTION)).filter((q): q is string => q !== null);
    if (questions.length > MAX_QUESTIONS) invalidField('questions', `a topic can hold at most ${MAX_QUESTIONS} questions`);
    const same = (other: string) => other.toLowerCase() === title.toLowerCase();
    const taken =
      this.data.userTopics.some((t) => t.id !== id && same(t.title)) || BUILTIN_TOPICS.some((b) => same(b.de.title) || same(b.en.title));
    if (taken) fail('duplicate_title', 'A topic with this title already exists.', 'title');
    return { title, description, questions };
  }

  createTopic(input: TopicInput): Topic {
    const topic: UserTopic = { id: this.id(), ...this.checkTopic(input, null), hidden: false };
    this.data.userTopics.push(topic);
    return this.topic(topic.id);
  }

  private ownTopic(id: number): UserTopic {
    if (this.topic(id).builtin) fail('builtin_topic', 'Built-in topics cannot be changed; they can only be hidden.');
    return this.data.userTopics.find((t) => t.id === id)!;
  }

  updateTopic(id: number, input: TopicInput): Topic {
    Object.assign(this.ownTopic(id), this.checkTopic(input, id));
    return this.topic(id);
  }

  setTopicHidden(id: number, hidden: boolean): Topic {
    const topic = this.topic(id);
    if (topic.builtin) {
      const others = this.data.hiddenBuiltins.filter((key) => key !== topic.key);
      this.data.hiddenBuiltins = hidden ? [...others, topic.key!] : others;
    } else {
      this.ownTopic(id).hidden = hidden;
    }
    return this.topic(id);
  }

  deleteTopic(id: number): null {
    this.ownTopic(id);
    this.data.userTopics = this.data.userTopics.filter((t) => t.id !== id);
    for (const tandem of this.data.tandems) tandem.focus_topic_ids = tandem.focus_topic_ids.filter((t) => t !== id);
    for (const goal of this.data.goals) if (goal.topic_id === id) goal.topic_id = null;
    return null;
  }

  // ---- tandems ------------------------------------------------------------------------------

  tandem(id: number): Tandem {
    return this.data.tandems.find((t) => t.id === id) ?? fail('not_found', `Not found: tandem ${id}.`);
  }

  /** The core's order (tandem::validate::input), after what would not even deserialise there. */
  private checkTandem(input: TandemInput, id: number | null): TandemInput {
    if (input.my_role !== 'mentor' && input.my_role !== 'mentee') fail('invalid_input', 'my_role must be mentor or mentee');
    if (!isDay(input.start_date)) fail('invalid_input', 'start_date must be YYYY-MM-DD');
    if (input.planned_end_date !== null && !isDay(input.planned_end_date)) fail('invalid_input', 'planned_end_date must be YYYY-MM-DD');
    const title = checkName(input.title, 'title');
    const partner = checkName(input.partner_name, 'partner_name');
    const partnerContact = checkOptional(input.partner_contact, 'partner_contact');
    const program = checkOptional(input.program, 'program');
    if (input.planned_end_date !== null && input.planned_end_date < input.start_date)
      fail('end_before_start', `The planned end date (${input.planned_end_date}) is before the start date (${input.start_date}).`, 'planned_end_date');
    const cadence = checkCadence(input.cadence);
    const taken = this.data.tandems.some((t) => t.id !== id && t.title.toLowerCase() === title.toLowerCase());
    if (taken) fail('duplicate_title', 'A tandem with this title already exists.', 'title');
    input.focus_topic_ids.forEach((topic) => this.topic(topic));
    return {
      ...input,
      title,
      partner_name: partner,
      partner_contact: partnerContact,
      program,
      cadence,
      focus_topic_ids: [...new Set(input.focus_topic_ids)],
    };
  }

  createTandem(input: TandemInput, isSample = false): Tandem {
    const stamp = now();
    const tandem: Tandem = {
      id: this.id(),
      ...this.checkTandem(input, null),
      status: 'active',
      archived: false,
      is_sample: isSample,
      created_at: stamp,
      updated_at: stamp,
    };
    this.data.tandems.push(tandem);
    return { ...tandem };
  }

  updateTandem(id: number, input: TandemInput): Tandem {
    const tandem = this.tandem(id);
    Object.assign(tandem, this.checkTandem(input, id), { updated_at: now() });
    return { ...tandem };
  }

  setTandemStatus(id: number, status: TandemStatus): Tandem {
    if (!(status in STATUS_ORDER)) fail('invalid_input', 'unknown status');
    return { ...Object.assign(this.tandem(id), { status, updated_at: now() }) };
  }

  setTandemArchived(id: number, archived: boolean): Tandem {
    return { ...Object.assign(this.tandem(id), { archived, updated_at: now() }) };
  }

  deleteTandem(id: number): null {
    this.tandem(id);
    this.data.tandems = this.data.tandems.filter((t) => t.id !== id);
    this.data.agreements = this.data.agreements.filter((a) => a.tandem_id !== id);
    this.data.goals = this.data.goals.filter((g) => g.tandem_id !== id);
    return null;
  }

  private agreementState(tandemId: number): AgreementState {
    const latest = this.latestAgreement(tandemId);
    if (!latest) return 'missing';
    if (!latest.agreed_on) return 'draft';
    return latest.review_date && latest.review_date <= localDay() ? 'review_due' : 'agreed';
  }

  listTandems(includeArchived: boolean): TandemSummary[] {
    return this.data.tandems
      .filter((t) => includeArchived || !t.archived)
      .sort((a, b) => Number(a.archived) - Number(b.archived) || STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.title.localeCompare(b.title))
      .map((t) => {
        const goals = this.data.goals.filter((g) => g.tandem_id === t.id);
        return {
          id: t.id,
          title: t.title,
          my_role: t.my_role,
          partner_name: t.partner_name,
          status: t.status,
          archived: t.archived,
          is_sample: t.is_sample,
          agreement_state: this.agreementState(t.id),
          goals_open: goals.filter((g) => g.status === 'open' || g.status === 'in_progress').length,
          goals_total: goals.length,
          next_meeting: null,
        };
      });
  }

  overview(id: number): TandemOverview {
    const tandem = this.tandem(id);
    const latest = this.latestAgreement(id);
    return {
      tandem: { ...tandem, focus_topic_ids: [...tandem.focus_topic_ids] },
      agreement_state: this.agreementState(id),
      agreement: latest ? { ...latest } : null,
      goals: this.goalsOf(id),
      focus_topics: tandem.focus_topic_ids.map((topic) => this.topic(topic)),
      next_meeting: null,
      upcoming_meetings: [],
      open_actions: [],
    };
  }

  // ---- agreement ----------------------------------------------------------------------------

  private latestAgreement(tandemId: number): Agreement | undefined {
    return this.data.agreements.filter((a) => a.tandem_id === tandemId).sort((a, b) => b.version - a.version)[0];
  }

  versions(tandemId: number): Agreement[] {
    this.tandem(tandemId);
    return this.data.agreements.filter((a) => a.tandem_id === tandemId).sort((a, b) => b.version - a.version).map((a) => ({ ...a }));
  }

  saveAgreement(tandemId: number, input: AgreementInput): Agreement {
    if (input.review_date !== null && !isDay(input.review_date)) fail('invalid_input', 'review_date must be YYYY-MM-DD');
    this.tandem(tandemId);
    // The core's order (agreement::validate::input).
    const clean: AgreementInput = {
      voluntary: Boolean(input.voluntary),
      review_date: input.review_date,
      cadence: checkCadence(input.cadence),
      my_expectations: checkText(input.my_expectations.trim(), 'my_expectations'),
      partner_expectations: checkText(input.partner_expectations.trim(), 'partner_expectations'),
      place: checkOptional(input.place, 'place') ?? '',
      video_link: checkLink(input.video_link),
      confidentiality: checkText(input.confidentiality.trim(), 'confidentiality'),
      hr_sharing: checkText(input.hr_sharing.trim(), 'hr_sharing'),
      feedback: checkText(input.feedback.trim(), 'feedback'),
    };
    const latest = this.latestAgreement(tandemId);
    const stamp = now();
    if (latest && !latest.agreed_on) {
      Object.assign(latest, clean, { updated_at: stamp });
      return { ...latest };
    }
    const next: Agreement = {
      id: this.id(),
      tandem_id: tandemId,
      version: (latest?.version ?? 0) + 1,
      ...clean,
      agreed_on: null,
      partner_agreed_on: null,
      created_at: stamp,
      updated_at: stamp,
    };
    this.data.agreements.push(next);
    return { ...next };
  }

  markAgreed(tandemId: number, agreedOn: string): Agreement {
    if (!isDay(agreedOn)) fail('invalid_input', 'agreed_on must be YYYY-MM-DD');
    if (agreedOn > localDay()) invalidField('agreed_on', 'the agreement date cannot be in the future');
    this.tandem(tandemId);
    const latest = this.latestAgreement(tandemId) ?? fail('not_found', `Not found: agreement of tandem ${tandemId}.`);
    Object.assign(latest, { agreed_on: agreedOn, updated_at: now() });
    return { ...latest };
  }

  exportAgreement(tandemId: number, version: number | null, format: ExportFormat): string {
    const tandem = this.tandem(tandemId);
    const all = this.versions(tandemId);
    const agreement = (version === null ? all[0] : all.find((a) => a.version === version)) ?? fail('not_found', 'no such agreement version');
    const de = this.language() === 'de';
    const markdown = [
      `# ${de ? 'Tandem-Vereinbarung' : 'Tandem agreement'}: ${tandem.title}`,
      `Version ${agreement.version}${agreement.agreed_on ? ` · ${de ? 'vereinbart am' : 'agreed on'} ${agreement.agreed_on}` : ''}`,
      `## ${de ? 'Was ich erwarte' : 'What I expect'}`,
      agreement.my_expectations,
      `## ${de ? `Was ${tandem.partner_name} erwartet` : `What ${tandem.partner_name} expects`}`,
      agreement.partner_expectations,
      `## ${de ? 'Vertraulichkeit' : 'Confidentiality'}`,
      agreement.confidentiality,
    ].join('\n\n');
    if (format === 'markdown') return `${markdown}\n`;
    const escaped = markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `<!doctype html><html><head><meta charset="utf-8"><title>${tandem.title}</title></head><body><pre>${escaped}</pre></body></html>`;
  }

  // ---- goals --------------------------------------------------------------------------------

  private goal(id: number): Goal {
    return this.data.goals.find((g) => g.id === id) ?? fail('not_found', `Not found: goal ${id}.`);
  }

  private copyGoal(goal: Goal): Goal {
    return { ...goal, status_history: goal.status_history.map((c) => ({ ...c })), notes: goal.notes.map((n) => ({ ...n })) };
  }

  private static active(goal: Goal): boolean {
    return goal.status === 'open' || goal.status === 'in_progress';
  }

  goalsOf(tandemId: number): Goal[] {
    const goals = this.data.goals.filter((g) => g.tandem_id === tandemId);
    const lastChange = (g: Goal) => g.status_history.at(-1)?.changed_at ?? g.created_at;
    const active = goals.filter(MockTandems.active).sort((a, b) => a.position - b.position);
    const history = goals.filter((g) => !MockTandems.active(g)).sort((a, b) => lastChange(b).localeCompare(lastChange(a)));
    return [...active, ...history].map((g) => this.copyGoal(g));
  }

  private checkGoal(input: GoalInput): GoalInput {
    if (input.target_date !== null && !isDay(input.target_date)) fail('invalid_input', 'target_date must be YYYY-MM-DD');
    const title = checkName(input.title, 'title');
    const why = checkText(input.why.trim(), 'why');
    if (input.topic_id !== null) this.topic(input.topic_id);
    return { ...input, title, why };
  }

  private nextPosition(tandemId: number): number {
    const active = this.data.goals.filter((g) => g.tandem_id === tandemId && MockTandems.active(g));
    return Math.max(-1, ...active.map((g) => g.position)) + 1;
  }

  createGoal(tandemId: number, input: GoalInput): Goal {
    this.tandem(tandemId);
    const stamp = now();
    const goal: Goal = {
      id: this.id(),
      tandem_id: tandemId,
      ...this.checkGoal(input),
      status: 'open',
      position: this.nextPosition(tandemId),
      status_history: [{ status: 'open', changed_at: stamp }],
      notes: [],
      // Goals are private until shared (as in the core).
      shared: false,
      from_partner: false,
      created_at: stamp,
      updated_at: stamp,
    };
    this.data.goals.push(goal);
    return this.copyGoal(goal);
  }

  /** The core refuses changing the text of (or deleting) what the partner wrote. */
  private ownGoal(id: number): Goal {
    const goal = this.goal(id);
    if (goal.from_partner) fail('partner_item', 'This goal comes from your partner: only they can change its text or delete it.');
    return goal;
  }

  setGoalShared(id: number, shared: boolean): Goal {
    const goal = this.ownGoal(id);
    Object.assign(goal, { shared, updated_at: now() });
    return this.copyGoal(goal);
  }

  updateGoal(id: number, input: GoalInput): Goal {
    const goal = this.ownGoal(id);
    Object.assign(goal, this.checkGoal(input), { updated_at: now() });
    return this.copyGoal(goal);
  }

  setGoalStatus(id: number, status: GoalStatus): Goal {
    const goal = this.goal(id);
    if (!['open', 'in_progress', 'achieved', 'dropped'].includes(status)) fail('invalid_input', 'unknown goal status');
    if (goal.status === status) return this.copyGoal(goal);
    const reactivated = !MockTandems.active(goal) && (status === 'open' || status === 'in_progress');
    if (reactivated) goal.position = this.nextPosition(goal.tandem_id);
    const stamp = now();
    goal.status = status;
    goal.status_history.push({ status, changed_at: stamp });
    goal.updated_at = stamp;
    return this.copyGoal(goal);
  }

  addGoalNote(goalId: number, body: string): Goal {
    const text = checkText(body.trim(), 'body');
    if (!text) invalidField('body', 'the note is empty');
    const goal = this.goal(goalId);
    goal.notes.unshift({ id: this.id(), body: text, created_at: now() });
    return this.copyGoal(goal);
  }

  reorderGoals(tandemId: number, orderedIds: number[]): Goal[] {
    this.tandem(tandemId);
    const active = this.data.goals.filter((g) => g.tandem_id === tandemId && MockTandems.active(g));
    const same = orderedIds.length === active.length && new Set(orderedIds).size === active.length && active.every((g) => orderedIds.includes(g.id));
    if (!same) fail('invalid_input', 'Invalid input: the new order must list each active goal of the tandem exactly once');
    orderedIds.forEach((goalId, position) => (this.goal(goalId).position = position));
    return this.goalsOf(tandemId).filter(MockTandems.active);
  }

  deleteGoal(id: number): null {
    this.ownGoal(id);
    this.data.goals = this.data.goals.filter((g) => g.id !== id);
    return null;
  }

  // ---- sample -------------------------------------------------------------------------------

  createSample(): number {
    const existing = this.data.tandems.find((t) => t.is_sample);
    if (existing) return existing.id;
    const content = sample(this.language());
    const topicId = (key: string) => BUILTIN_TOPICS.findIndex((t) => t.key === key) + 1;
    const start = addDays(localDay(), -42);
    const tandem = this.createTandem(
      {
        ...content.tandem,
        start_date: start,
        planned_end_date: addDays(start, 182),
        focus_topic_ids: content.topicKeys.map(topicId),
      },
      true,
    );
    this.saveAgreement(tandem.id, { ...content.agreement, review_date: addDays(localDay(), 60) });
    this.markAgreed(tandem.id, addDays(start, 7));
    for (const goal of content.goals) {
      const { topicKey, targetInDays, ...rest } = goal.input;
      const created = this.createGoal(tandem.id, {
        ...rest,
        topic_id: topicKey ? topicId(topicKey) : null,
        target_date: targetInDays === null ? null : addDays(localDay(), targetInDays),
      });
      goal.status.forEach((status) => this.setGoalStatus(created.id, status));
      [...goal.notes].reverse().forEach((note) => this.addGoalNote(created.id, note));
    }
    return tandem.id;
  }
}
