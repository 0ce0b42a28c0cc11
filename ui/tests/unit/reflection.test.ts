import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/svelte';
import { openApp } from './app-helpers';
import { notesData, openMeeting, seedMeeting, typeInto, waitForSaved } from './notes-support';

describe('reflection', () => {
  it('nudges after a held meeting, autosaves answers, rating and goals, then reads back rendered', async () => {
    const { backend, user } = await openApp('#/today');
    const { meeting, goals } = seedMeeting(backend, { past: true });
    await openMeeting(meeting.id);
    const section = screen.getByTestId('meeting-reflection-section');
    expect(await within(section).findByTestId('reflection-nudge')).toHaveTextContent('How did it go?');
    await user.click(within(section).getByTestId('reflection-start'));

    // The mentee prompts, each a labelled editor, and the rating as a radio group.
    for (const prompt of ['What did I learn?', 'What surprised me?', 'What will I try before we meet again?']) {
      expect(within(section).getByRole('textbox', { name: prompt })).toBeInTheDocument();
    }
    const scale = within(section).getByRole('group', { name: 'How confident do I feel about the topic?' });
    expect(within(scale).getAllByRole('radio')).toHaveLength(5);

    await typeInto('reflection-answer-0', 'That **prompts** matter');
    await user.click(within(scale).getByRole('radio', { name: '4 of 5' }));
    await user.click(within(section).getByRole('checkbox', { name: goals[1]!.title }));
    await waitForSaved('reflection-save-status');
    const stored = notesData(backend).reflections!;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ meeting_id: meeting.id, role: 'mentee', goal_ids: [goals[1]!.id] });
    expect(stored[0]!.answers[0]).toEqual({ prompt: 'What did I learn?', kind: 'text', text: 'That **prompts** matter', scale: null });
    expect(stored[0]!.answers[3]).toEqual({ prompt: 'How confident do I feel about the topic?', kind: 'scale', text: '', scale: 4 });

    await user.click(within(section).getByTestId('reflection-done'));
    const view = await within(section).findByTestId('reflection-view');
    await waitFor(() => expect(within(view).getByTestId('reflection-text-0').querySelector('strong')).toHaveTextContent('prompts'));
    expect(within(view).getByTestId('reflection-rating-3')).toHaveTextContent('4 of 5');
    expect(within(view).getByTestId('reflection-linked-goals')).toHaveTextContent(goals[1]!.title);
    expect(within(section).queryByTestId('reflection-nudge')).toBeNull();
    expect(within(section).getByRole('heading', { name: 'Reflection' })).toHaveFocus();
  });

  it('asks the mentor questions and keeps the prompts an old reflection answered', async () => {
    const { backend, user } = await openApp('#/today');
    const { meeting } = seedMeeting(backend, { role: 'mentor', past: true });
    await openMeeting(meeting.id);
    const section = screen.getByTestId('meeting-reflection-section');
    await user.click(await within(section).findByTestId('reflection-start'));
    expect(within(section).getByRole('textbox', { name: 'What went well in explaining?' })).toBeInTheDocument();
    expect(within(section).getByRole('group', { name: 'How did I feel?' })).toBeInTheDocument();
    await user.click(within(section).getByRole('radio', { name: '2 of 5' }));
    await waitForSaved('reflection-save-status');
    await user.click(within(section).getByTestId('reflection-done'));
    await within(section).findByTestId('reflection-view');

    // The prompt set changes later; the saved reflection still shows its own questions.
    notesData(backend).promptSets = { mentor: [{ kind: 'text', text: 'A new question?' }] };
    await user.click(within(section).getByTestId('reflection-edit'));
    expect(within(section).getByRole('textbox', { name: 'What went well in explaining?' })).toBeInTheDocument();
    expect(within(section).queryByRole('textbox', { name: 'A new question?' })).toBeNull();
    // Clearing the only rating empties the reflection: it is deleted.
    await user.click(within(section).getByTestId('reflection-scale-3-clear'));
    await waitForSaved('reflection-save-status');
    expect(notesData(backend).reflections).toEqual([]);
  });

  it('does not nudge before the meeting but still lets you reflect', async () => {
    const { backend } = await openApp('#/today');
    const { meeting } = seedMeeting(backend);
    await openMeeting(meeting.id);
    const section = screen.getByTestId('meeting-reflection-section');
    expect(await within(section).findByTestId('reflection-start')).toBeInTheDocument();
    expect(within(section).queryByTestId('reflection-nudge')).toBeNull();
  });
});
