import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { failOnce, openApp } from './app-helpers';

async function openForm(config = {}) {
  const app = await openApp('#/tandems/new', config);
  await screen.findByTestId('tandem-form');
  return app;
}

function setDate(testid: string, value: string) {
  fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

describe('tandem form', () => {
  it('checks the required fields before asking the core, and focuses the first problem', async () => {
    const { backend, user } = await openForm();
    await user.click(screen.getByTestId('tandem-save'));
    expect(screen.getByTestId('tandem-title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('tandem-title')).toHaveAccessibleDescription(/Please enter a title\./);
    expect(screen.getByTestId('tandem-role-error')).toHaveTextContent('Please choose your role in this tandem.');
    expect(screen.getByTestId('tandem-partner')).toHaveAccessibleDescription("Please enter your partner's name.");
    expect(screen.getByTestId('tandem-form-problems')).toHaveAttribute('role', 'alert');
    await vi.waitFor(() => expect(screen.getByTestId('tandem-title')).toHaveFocus());
    expect(backend.calls.map((c) => c.cmd)).not.toContain('create_tandem');

    await user.type(screen.getByTestId('tandem-title'), '   ');
    await user.click(screen.getByTestId('tandem-save'));
    expect(screen.getByTestId('tandem-title-error')).toHaveTextContent('Please enter a title.');
  });

  it('refuses an end before the start, a bad rhythm and over-long names', async () => {
    const { backend, user } = await openForm();
    await user.type(screen.getByTestId('tandem-title'), 'x'.repeat(201));
    await user.click(screen.getByTestId('tandem-role-mentor'));
    await user.type(screen.getByTestId('tandem-partner'), 'Jonas');
    setDate('tandem-start', '2026-03-10');
    setDate('tandem-end', '2026-03-01');
    await user.clear(screen.getByTestId('tandem-cadence-minutes'));
    await user.type(screen.getByTestId('tandem-cadence-minutes'), '10');
    await user.click(screen.getByTestId('tandem-save'));
    expect(screen.getByTestId('tandem-title-error')).toHaveTextContent('This is too long: at most 200 characters.');
    expect(screen.getByTestId('tandem-end-error')).toHaveTextContent("The planned end can't be before the start date.");
    expect(screen.getByTestId('tandem-cadence-minutes-error')).toHaveTextContent('Meetings last between 15 and 480 minutes.');
    expect(backend.calls.map((c) => c.cmd)).not.toContain('create_tandem');

    setDate('tandem-end', '2026-03-10');
    expect(screen.queryByTestId('tandem-end-error')).not.toBeInTheDocument();
  });

  it('shows a duplicate title from the core at the title, in German too, until the title changes', async () => {
    const { backend, user } = await openForm({ settings: { language: 'de' } });
    await backend.handle('create_tandem', {
      input: {
        title: 'KI im Alltag',
        my_role: 'mentee',
        partner_name: 'Jonas',
        partner_contact: null,
        program: null,
        start_date: '2026-01-01',
        planned_end_date: null,
        cadence: { every: 2, unit: 'week', minutes: 60 },
        focus_topic_ids: [],
      },
    });
    await user.type(screen.getByTestId('tandem-title'), 'ki im alltag');
    await user.click(screen.getByTestId('tandem-role-mentee'));
    await user.type(screen.getByTestId('tandem-partner'), 'Lena');
    await user.click(screen.getByTestId('tandem-save'));
    const error = await screen.findByTestId('tandem-title-error');
    expect(error).toHaveTextContent('Du hast schon ein Tandem mit diesem Titel.');
    await vi.waitFor(() => expect(screen.getByTestId('tandem-title')).toHaveFocus());
    await user.type(screen.getByTestId('tandem-title'), ' 2');
    expect(screen.queryByTestId('tandem-title-error')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('tandem-save'));
    expect(await screen.findByTestId('tandem-overview')).toBeInTheDocument();
    expect(backend.data.tandems.map((t) => t.title)).toEqual(['KI im Alltag', 'ki im alltag 2']);
  });

  async function fillAndSave(user: Awaited<ReturnType<typeof openForm>>['user']) {
    await user.type(screen.getByTestId('tandem-title'), 'AI in everyday work');
    await user.click(screen.getByTestId('tandem-role-mentee'));
    await user.type(screen.getByTestId('tandem-partner'), 'Jonas Weber');
    await user.click(screen.getByTestId('tandem-save'));
  }

  it.each([
    ['title_required', 'partner_name', 'tandem-partner', "Please enter your partner's name."],
    ['title_required', 'title', 'tandem-title', 'Please enter a title.'],
    ['duplicate_title', 'title', 'tandem-title', 'You already have a tandem with this title.'],
    ['end_before_start', 'planned_end_date', 'tandem-end', "The planned end can't be before the start date."],
    ['text_too_long', 'partner_contact', 'tandem-contact', 'This is too long: at most 200 characters.'],
    ['text_too_long', 'program', 'tandem-program', 'This is too long: at most 200 characters.'],
    ['text_too_long', 'partner_name', 'tandem-partner', 'This is too long: at most 200 characters.'],
    ['invalid_cadence', 'cadence.minutes', 'tandem-cadence-minutes', 'Meetings last between 15 and 480 minutes.'],
    ['invalid_cadence', 'cadence.every', 'tandem-cadence-every', 'Please enter a whole number from 1 to 52.'],
    // A code without a field-specific text still lands at its field, in its general translation.
    ['invalid_input', 'program', 'tandem-program', "Something you entered isn't valid. Please check it and try again."],
  ])('puts the core error %s about %s at its field (by the field key, not the message)', async (code, field, testid, text) => {
    const { backend, user } = await openForm();
    // The message deliberately names another field: only `field` decides where the error goes.
    failOnce(backend, 'create_tandem', code, 'The title and the program are wrong.', field);
    await fillAndSave(user);
    expect(await screen.findByTestId(`${testid}-error`)).toHaveTextContent(text);
    expect(screen.getByTestId(testid)).toHaveAttribute('aria-invalid', 'true');
    await vi.waitFor(() => expect(screen.getByTestId(testid)).toHaveFocus());
    expect(screen.queryByTestId('tandem-form-error')).not.toBeInTheDocument();
  });

  it.each([
    ['without a field', 'database', 'disk I/O error', undefined, 'The database reported an error.'],
    ['with field null', 'not_found', 'Not found: topic 99.', null, "This item doesn't exist (anymore). It may have been deleted."],
    ['with a field the form does not show', 'text_too_long', 'The title is too long.', 'focus_topic_ids', 'A text is too long'],
  ])('shows an error %s as a translated notice', async (_, code, message, field, text) => {
    const { backend, user } = await openForm();
    failOnce(backend, 'create_tandem', code, message, field);
    await fillAndSave(user);
    expect(await screen.findByTestId('tandem-form-error')).toHaveTextContent(text);
    expect(screen.queryByTestId('tandem-title-error')).not.toBeInTheDocument();
  });

  it('creates a tandem with focus topics chosen by keyboard, then edits it', async () => {
    const { backend, user } = await openForm();
    await user.type(screen.getByTestId('tandem-title'), 'Jonas & me');
    await user.click(screen.getByTestId('tandem-role-mentee'));
    await user.type(screen.getByTestId('tandem-partner'), 'Jonas Weber');
    const picker = screen.getByTestId('topic-picker');
    const ai = within(picker).getByRole('checkbox', { name: 'AI at work' });
    ai.focus();
    await user.keyboard(' ');
    expect(ai).toBeChecked();
    await user.tab();
    await user.keyboard(' ');
    await user.click(screen.getByTestId('tandem-save'));
    const overview = await screen.findByTestId('tandem-overview');
    const tandem = backend.data.tandems[0]!;
    expect(tandem).toMatchObject({ title: 'Jonas & me', my_role: 'mentee', partner_name: 'Jonas Weber', cadence: { every: 2, unit: 'week', minutes: 60 } });
    expect(tandem.focus_topic_ids).toEqual([3, 4]);
    expect(location.hash).toBe(`#/tandems/${tandem.id}`);
    expect(within(overview).getByTestId('overview-focus-topics')).toHaveTextContent('AI at work');
    expect(within(overview).getByTestId('overview-cadence')).toHaveTextContent('Every 2 weeks · 60 minutes');
    expect(within(overview).getByTestId('overview-next-meeting')).toHaveTextContent('No meeting planned yet');

    await user.click(screen.getByTestId('tandem-edit'));
    expect(await screen.findByTestId('tandem-title')).toHaveValue('Jonas & me');
    expect(screen.getByTestId('tandem-role-mentee')).toBeChecked();
    await user.clear(screen.getByTestId('tandem-cadence-every'));
    await user.type(screen.getByTestId('tandem-cadence-every'), '1');
    await user.selectOptions(screen.getByTestId('tandem-cadence-unit'), 'month');
    await user.click(screen.getByTestId('tandem-save'));
    expect(await screen.findByTestId('overview-cadence')).toHaveTextContent('Every month · 60 minutes');
    expect(backend.data.tandems[0]?.cadence).toEqual({ every: 1, unit: 'month', minutes: 60 });
  });
});
