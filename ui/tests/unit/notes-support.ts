// Shared set-up for the notes and reflection tests: a tandem with goals and one meeting.
import { screen, waitFor } from '@testing-library/svelte';
import { EditorView } from '@codemirror/view';
import { expect, vi } from 'vitest';
import { go } from './app-helpers';
import { addDaysTo, nextWeekday } from '../../src/lib/meetings';
import type { MockBackend } from '../support/mock-backend';
import type { NotesData } from '../support/mock-notes';
import type { Role } from '../../src/lib/bindings';

export function seedMeeting(backend: MockBackend, { role = 'mentee', past = false }: { role?: Role; past?: boolean } = {}) {
  const tandem = backend.store.createTandem({
    title: 'Jonas & me',
    my_role: role,
    partner_name: 'Jonas Weber',
    partner_contact: null,
    program: null,
    start_date: '2026-01-05',
    planned_end_date: null,
    cadence: { every: 2, unit: 'week', minutes: 60 },
    focus_topic_ids: [],
  });
  const goalA = backend.store.createGoal(tandem.id, { title: 'Use AI tools at work', why: '', topic_id: null, target_date: null });
  const goalB = backend.store.createGoal(tandem.id, { title: 'Understand TikTok', why: '', topic_id: null, target_date: null });
  const meeting = backend.meetings.planMeeting(tandem.id, { date: addDaysTo(nextWeekday(), 7), time: '16:00', duration_minutes: 60, place: 'Café', video_link: null });
  if (past) {
    const stored = backend.data.meetings.find((m) => m.id === meeting.id)!;
    stored.starts_at = new Date(Date.now() - 3 * 3_600_000).toISOString();
    stored.ends_at = new Date(Date.now() - 2 * 3_600_000).toISOString();
    stored.status = 'held';
  }
  return { tandem, meeting, goals: [goalA, goalB] };
}

export function notesData(backend: MockBackend): NotesData {
  return backend.data as unknown as NotesData;
}

export async function openMeeting(id: number) {
  go(`#/meetings/${id}`);
  await screen.findByTestId('meeting-page');
  await vi.waitFor(() => expect(screen.getByTestId('meeting-page')).toHaveAttribute('data-meeting-id', String(id)));
}

/** The CodeMirror view of the editor whose content has this testid. */
export async function editorView(testid: string): Promise<EditorView> {
  const content = await screen.findByTestId(testid);
  return EditorView.findFromDOM(content.closest('.cm-editor') as HTMLElement)!;
}

/** Types text at the end of an editor (as CodeMirror's input handling would insert it). */
export async function typeInto(testid: string, text: string): Promise<void> {
  const view = await editorView(testid);
  const end = view.state.doc.length;
  view.dispatch({ changes: { from: end, insert: text }, selection: { anchor: end + text.length }, userEvent: 'input.type' });
}

export async function waitForSaved(testid: string): Promise<void> {
  await waitFor(() => expect(screen.getByTestId(testid)).toHaveAttribute('data-state', 'saved'), { timeout: 3000 });
}
