// The mock backend refuses bad input exactly like the core (src-tauri/core/tests/error_fields.rs):
// the same code, English message and machine `field` key, which the UI turns into ApiError.field.
import { describe, expect, it } from 'vitest';
import { api, ApiError } from '../../src/lib/api';
import type { AgreementInput, GoalInput, TandemInput, TopicInput } from '../../src/lib/bindings';
import { installBackend } from '../support/install';
import { keyringVault } from './app-helpers';

const tandem = (edit: Partial<TandemInput> = {}): TandemInput => ({
  title: 'Fresh tandem',
  my_role: 'mentee',
  partner_name: 'Lena Hoffmann',
  partner_contact: 'lena@example.com',
  program: 'Reverse Mentoring 2026',
  start_date: '2026-10-01',
  planned_end_date: '2027-06-30',
  cadence: { every: 2, unit: 'week', minutes: 60 },
  focus_topic_ids: [],
  ...edit,
});

const agreement = (edit: Partial<AgreementInput> = {}): AgreementInput => ({
  my_expectations: 'Learn how my team uses AI.',
  partner_expectations: 'Insight into leadership decisions.',
  cadence: { every: 2, unit: 'week', minutes: 60 },
  place: 'Room 4.12',
  video_link: 'https://meet.example.com/x',
  confidentiality: 'Everything stays between us.',
  hr_sharing: 'Only that we meet.',
  voluntary: true,
  feedback: 'Five minutes at the end.',
  review_date: null,
  ...edit,
});

const goal = (edit: Partial<GoalInput> = {}): GoalInput => ({ title: 'Goal', why: '', topic_id: null, target_date: null, ...edit });
const topic = (edit: Partial<TopicInput> = {}): TopicInput => ({ title: 'Podcasts', description: '', questions: [], ...edit });

async function refusal(call: Promise<unknown>): Promise<{ code: string; field: string | null; message: string }> {
  const error = await call.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  const { code, field, message } = error as ApiError;
  return { code, field, message };
}

async function start() {
  const backend = installBackend({ vault: { ...keyringVault }, unlocked: true });
  const t = await api.createTandem(tandem({ title: 'Taken' }));
  return { backend, t };
}

const long = (n: number) => 'x'.repeat(n);
const tooLong = (words: string, max: number) => `The ${words} is too long: at most ${max} characters are allowed.`;

describe('mock backend errors (same payload as the core)', () => {
  it.each<[string, Partial<TandemInput>, string, string, string]>([
    ['empty title', { title: ' ' }, 'title_required', 'title', 'The title is required.'],
    ['long title', { title: long(201) }, 'text_too_long', 'title', tooLong('title', 200)],
    ['duplicate title', { title: 'TAKEN' }, 'duplicate_title', 'title', 'A tandem with this title already exists.'],
    ['empty partner', { partner_name: '' }, 'title_required', 'partner_name', 'The partner name is required.'],
    ['long partner', { partner_name: long(201) }, 'text_too_long', 'partner_name', tooLong('partner name', 200)],
    ['long contact', { partner_contact: long(201) }, 'text_too_long', 'partner_contact', tooLong('partner contact', 200)],
    ['long program', { program: long(201) }, 'text_too_long', 'program', tooLong('program', 200)],
    [
      'end before start',
      { planned_end_date: '2026-09-30' },
      'end_before_start',
      'planned_end_date',
      'The planned end date (2026-09-30) is before the start date (2026-10-01).',
    ],
    ['every 0', { cadence: { every: 0, unit: 'week', minutes: 60 } }, 'invalid_cadence', 'cadence.every', 'Invalid cadence: the interval must be between 1 and 52'],
    ['14 minutes', { cadence: { every: 2, unit: 'week', minutes: 14 } }, 'invalid_cadence', 'cadence.minutes', 'Invalid cadence: a meeting must last between 15 and 480 minutes'],
  ])('tandem: %s', async (_, edit, code, field, message) => {
    await start();
    expect(await refusal(api.createTandem(tandem(edit)))).toEqual({ code, field, message });
  });

  it.each<[string, Partial<AgreementInput>, string, string, string]>([
    ['my expectations', { my_expectations: long(20_001) }, 'text_too_long', 'my_expectations', tooLong('my expectations', 20_000)],
    ['partner expectations', { partner_expectations: long(20_001) }, 'text_too_long', 'partner_expectations', tooLong('partner expectations', 20_000)],
    ['confidentiality', { confidentiality: long(20_001) }, 'text_too_long', 'confidentiality', tooLong('confidentiality', 20_000)],
    ['hr sharing', { hr_sharing: long(20_001) }, 'text_too_long', 'hr_sharing', tooLong('HR sharing', 20_000)],
    ['feedback', { feedback: long(20_001) }, 'text_too_long', 'feedback', tooLong('feedback', 20_000)],
    ['place', { place: long(201) }, 'text_too_long', 'place', tooLong('place', 200)],
    ['long link', { video_link: `https://x.org/${long(2000)}` }, 'text_too_long', 'video_link', tooLong('video link', 2000)],
    ['link scheme', { video_link: 'javascript:alert(1)' }, 'invalid_input', 'video_link', 'Invalid input: the video link must be an https:// or http:// address'],
    ['link spaces', { video_link: 'https://x.org/a b' }, 'invalid_input', 'video_link', 'Invalid input: the video link must not contain spaces'],
    ['every 53', { cadence: { every: 53, unit: 'week', minutes: 60 } }, 'invalid_cadence', 'cadence.every', 'Invalid cadence: the interval must be between 1 and 52'],
    ['500 minutes', { cadence: { every: 2, unit: 'week', minutes: 500 } }, 'invalid_cadence', 'cadence.minutes', 'Invalid cadence: a meeting must last between 15 and 480 minutes'],
  ])('agreement: %s', async (_, edit, code, field, message) => {
    const { t } = await start();
    expect(await refusal(api.saveAgreement(t.id, agreement(edit)))).toEqual({ code, field, message });
  });

  it('agreement: a date in the future', async () => {
    const { t } = await start();
    await api.saveAgreement(t.id, agreement());
    expect(await refusal(api.markAgreementAgreed(t.id, '2999-01-01'))).toEqual({
      code: 'invalid_input',
      field: 'agreed_on',
      message: 'Invalid input: the agreement date cannot be in the future',
    });
  });

  it('goals: title, reason and notes', async () => {
    const { t } = await start();
    expect(await refusal(api.createGoal(t.id, goal({ title: ' ' })))).toEqual({ code: 'title_required', field: 'title', message: 'The title is required.' });
    expect(await refusal(api.createGoal(t.id, goal({ title: long(201) })))).toEqual({ code: 'text_too_long', field: 'title', message: tooLong('title', 200) });
    expect(await refusal(api.createGoal(t.id, goal({ why: long(20_001) })))).toEqual({ code: 'text_too_long', field: 'why', message: tooLong('reason', 20_000) });
    const g = await api.createGoal(t.id, goal());
    expect(await refusal(api.addGoalNote(g.id, ' \n '))).toEqual({ code: 'invalid_input', field: 'body', message: 'Invalid input: the note is empty' });
    expect(await refusal(api.addGoalNote(g.id, long(20_001)))).toEqual({ code: 'text_too_long', field: 'body', message: tooLong('note', 20_000) });
    // Not about one field.
    expect(await refusal(api.reorderGoals(t.id, []))).toMatchObject({ code: 'invalid_input', field: null });
    expect(await refusal(api.updateGoal(4242, goal()))).toMatchObject({ code: 'not_found', field: null });
  });

  it('topics: title, duplicates (own and built-in), description, questions', async () => {
    await start();
    await api.createTopic(topic());
    const cases: [Partial<TopicInput>, string, string, string][] = [
      [{ title: ' ' }, 'title_required', 'title', 'The title is required.'],
      [{ title: long(201) }, 'text_too_long', 'title', tooLong('title', 200)],
      [{ title: 'PODCASTS' }, 'duplicate_title', 'title', 'A topic with this title already exists.'],
      [{ title: 'AI at Work' }, 'duplicate_title', 'title', 'A topic with this title already exists.'],
      [{ title: 'ki im arbeitsalltag' }, 'duplicate_title', 'title', 'A topic with this title already exists.'],
      [{ title: 'Long', description: long(20_001) }, 'text_too_long', 'description', tooLong('description', 20_000)],
      [{ title: 'Long question', questions: [long(1001)] }, 'text_too_long', 'questions', tooLong('questions', 1000)],
      [{ title: 'Many', questions: Array.from({ length: 51 }, (_, i) => `Q${i}?`) }, 'invalid_input', 'questions', 'Invalid input: a topic can hold at most 50 questions'],
    ];
    for (const [edit, code, field, message] of cases) {
      expect(await refusal(api.createTopic(topic(edit)))).toEqual({ code, field, message });
    }
    expect(await refusal(api.deleteTopic(1))).toMatchObject({ code: 'builtin_topic', field: null });
  });

  it('sends field null for errors that are not about one field', async () => {
    await start();
    expect(await refusal(api.getTandem(4242))).toEqual({ code: 'not_found', field: null, message: 'Not found: tandem 4242.' });
  });
});
