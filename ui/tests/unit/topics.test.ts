import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { api } from '../../src/lib/api';
import { failOnce, openApp } from './app-helpers';

const card = (title: string) => screen.getAllByTestId('topic-card').find((el) => within(el).queryByRole('heading', { name: title }))!;
const titles = () => screen.getAllByTestId('topic-card').map((el) => within(el).getByRole('heading', { level: 3 }).textContent);

describe('topic library', () => {
  it('lists the built-in topics in the UI language, without edit or delete', async () => {
    await openApp('#/topics');
    await screen.findAllByTestId('topic-card');
    expect(screen.getByTestId('nav-topics')).toHaveAttribute('aria-current', 'page');
    expect(titles()).toHaveLength(9);
    const ai = card('AI at work');
    expect(ai).toHaveAttribute('data-builtin', 'true');
    expect(ai).toHaveTextContent('Built-in');
    expect(within(ai).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(within(ai).queryByTestId('topic-edit')).not.toBeInTheDocument();
    expect(within(ai).queryByTestId('topic-delete')).not.toBeInTheDocument();
    expect(screen.getByTestId('topics-own-empty')).toBeInTheDocument();
  });

  it('hides and unhides a built-in topic, keeping keyboard focus nearby', async () => {
    const { backend, user } = await openApp('#/topics');
    await screen.findAllByTestId('topic-card');
    const hide = within(card('Inclusive language')).getByTestId('topic-hide');
    expect(hide).toHaveAccessibleName('Hide “Inclusive language”');
    hide.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(titles()).not.toContain('Inclusive language'));
    expect(backend.data.hiddenBuiltins).toEqual(['inclusive_language']);
    expect(await screen.findByText('Topic “Inclusive language” hidden')).toBeInTheDocument();
    await vi.waitFor(() => expect(within(card('Diversity & inclusion')).getByTestId('topic-hide')).toHaveFocus());
    expect(screen.getByTestId('topics-show-hidden').closest('label')).toHaveTextContent('(1 hidden topic)');

    await user.click(screen.getByTestId('topics-show-hidden'));
    const hidden = card('Inclusive language');
    expect(hidden).toHaveAttribute('data-hidden', 'true');
    expect(within(hidden).getByTestId('topic-hidden-badge')).toHaveTextContent('Hidden');
    await user.click(within(hidden).getByTestId('topic-unhide'));
    await vi.waitFor(() => expect(card('Inclusive language')).toHaveAttribute('data-hidden', 'false'));
    expect(backend.data.hiddenBuiltins).toEqual([]);
  });

  it('protects built-ins in the core too (only hiding is allowed)', async () => {
    await openApp('#/topics');
    await expect(api.updateTopic(1, { title: 'Mine now', description: '', questions: [] })).rejects.toMatchObject({ code: 'builtin_topic' });
    await expect(api.deleteTopic(1)).rejects.toMatchObject({ code: 'builtin_topic' });
  });

  it('adds, edits and deletes an own topic; duplicate titles are refused at the title', async () => {
    const { backend, user } = await openApp('#/topics');
    await screen.findAllByTestId('topic-card');
    await user.click(screen.getByTestId('topic-new'));
    await screen.findByTestId('topic-dialog');
    await user.type(screen.getByTestId('topic-title'), 'Podcasts');
    await user.type(screen.getByTestId('topic-description'), 'Listening and making them.');
    await user.type(screen.getByTestId('topic-questions'), 'Which podcast do you like?{Enter}{Enter}Would you start one?');
    await user.click(screen.getByTestId('topic-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('topic-dialog')).not.toBeInTheDocument());
    const own = card('Podcasts');
    expect(own).toHaveTextContent('Own topic');
    expect(backend.data.userTopics[0]).toMatchObject({ title: 'Podcasts', questions: ['Which podcast do you like?', 'Would you start one?'] });

    await user.click(screen.getByTestId('topic-new'));
    await user.type(await screen.findByTestId('topic-title'), 'podcasts');
    await user.click(screen.getByTestId('topic-save'));
    expect(await screen.findByTestId('topic-title-error')).toHaveTextContent('There is already a topic with this title.');
    await vi.waitFor(() => expect(screen.getByTestId('topic-title')).toHaveFocus());
    await user.keyboard('{Escape}');
    screen.getByTestId('topic-dialog').dispatchEvent(new Event('cancel', { cancelable: true }));
    await vi.waitFor(() => expect(screen.queryByTestId('topic-dialog')).not.toBeInTheDocument());

    await user.click(within(card('Podcasts')).getByTestId('topic-edit'));
    const title = await screen.findByTestId('topic-title');
    expect(title).toHaveValue('Podcasts');
    await user.type(title, ' & audio');
    await user.click(screen.getByTestId('topic-save'));
    await vi.waitFor(() => expect(titles()).toContain('Podcasts & audio'));

    await user.click(within(card('Podcasts & audio')).getByTestId('topic-delete'));
    expect(await screen.findByTestId('topic-delete-dialog')).toHaveTextContent('Delete “Podcasts & audio”?');
    await user.click(screen.getByTestId('topic-delete-dialog-confirm'));
    await vi.waitFor(() => expect(titles()).not.toContain('Podcasts & audio'));
    expect(backend.data.userTopics).toEqual([]);
    await vi.waitFor(() => expect(screen.getByTestId('topic-new')).toHaveFocus());
  });

  it.each([
    ['description', 'text_too_long', 'topic-description', 'This is too long: at most 20,000 characters.'],
    ['questions', 'text_too_long', 'topic-questions', 'This is too long: at most 1,000 characters.'],
    ['questions', 'invalid_input', 'topic-questions', 'A topic can have at most 50 questions.'],
    ['title', 'duplicate_title', 'topic-title', 'There is already a topic with this title.'],
  ])('puts a core error about %s (%s) at that field', async (field, code, testid, text) => {
    const { backend, user } = await openApp('#/topics');
    await user.click(await screen.findByTestId('topic-new'));
    await user.type(await screen.findByTestId('topic-title'), 'Podcasts');
    failOnce(backend, 'create_topic', code, 'The title is wrong.', field);
    await user.click(screen.getByTestId('topic-save'));
    expect(await screen.findByTestId(`${testid}-error`)).toHaveTextContent(text);
    await vi.waitFor(() => expect(screen.getByTestId(testid)).toHaveFocus());
    expect(screen.queryByTestId('topic-dialog-error')).not.toBeInTheDocument();
    // Changing that field hides the core's problem; saving again asks the core again.
    await user.type(screen.getByTestId(testid), ' x');
    expect(screen.queryByTestId(`${testid}-error`)).not.toBeInTheDocument();
  });

  it('shows a core error without a known field in the dialog notice', async () => {
    const { backend, user } = await openApp('#/topics');
    await user.click(await screen.findByTestId('topic-new'));
    await user.type(await screen.findByTestId('topic-title'), 'Podcasts');
    failOnce(backend, 'create_topic', 'text_too_long', 'The title is too long.', 'hidden');
    await user.click(screen.getByTestId('topic-save'));
    expect(await screen.findByTestId('topic-dialog-error')).toHaveTextContent('A text is too long');
    expect(screen.queryByTestId('topic-title-error')).not.toBeInTheDocument();
    failOnce(backend, 'create_topic', 'database', 'disk I/O error');
    await user.click(screen.getByTestId('topic-save'));
    await vi.waitFor(() => expect(screen.getByTestId('topic-dialog-error')).toHaveTextContent('The database reported an error.'));
  });

  it('speaks German when the app does', async () => {
    await openApp('#/topics', { settings: { language: 'de' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Themen' })).toBeInTheDocument();
    expect(titles()).toContain('KI im Arbeitsalltag');
    expect(screen.getByTestId('nav-topics')).toHaveTextContent('Themen');
  });
});
