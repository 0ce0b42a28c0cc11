import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { failOnce, openApp } from './app-helpers';
import { today } from '../../src/lib/dates';
import { formatDay } from '../../src/lib/i18n/index.svelte';

async function openAgreement(config = {}) {
  const app = await openApp('#/today', config);
  const tandem = app.backend.store.createTandem({
    title: 'Jonas & me',
    my_role: 'mentee',
    partner_name: 'Jonas Weber',
    partner_contact: null,
    program: null,
    start_date: '2026-01-05',
    planned_end_date: null,
    cadence: { every: 3, unit: 'week', minutes: 45 },
    focus_topic_ids: [],
  });
  location.hash = `#/tandems/${tandem.id}`;
  await screen.findByTestId('tandem-overview');
  return { ...app, tandemId: tandem.id };
}

describe('agreement', () => {
  it('is missing at first; the overview links to the editor, which starts from the tandem rhythm', async () => {
    const { user } = await openAgreement();
    expect(screen.getByTestId('agreement-state')).toHaveTextContent('No agreement yet');
    expect(screen.getByTestId('agreement-open')).toHaveTextContent('Write agreement');
    await user.click(screen.getByTestId('agreement-open'));
    await screen.findByTestId('agreement-editor');
    expect(screen.getByTestId('agreement-cadence-every')).toHaveValue(3);
    expect(screen.getByTestId('agreement-cadence-minutes')).toHaveValue(45);
    expect(screen.getByTestId('agreement-agreed-on')).toHaveValue(today());
    expect(screen.getByTestId('agreement-my-expectations')).toHaveAccessibleDescription(/What do you want to learn/);
    expect(screen.getByTestId('agreement-hr-sharing')).toHaveAccessibleName('What may be shared with HR or the programme');
    expect(screen.queryByTestId('agreement-versions')).not.toBeInTheDocument();
  });

  it('saves a draft, marks it agreed, and a revision becomes version 2 while version 1 stays', async () => {
    const { backend, user, tandemId } = await openAgreement();
    location.hash = `#/tandems/${tandemId}/agreement`;
    await screen.findByTestId('agreement-editor');
    await user.type(screen.getByTestId('agreement-my-expectations'), 'Honest feedback on my LinkedIn profile.');
    await user.type(screen.getByTestId('agreement-partner-expectations'), 'Insight into board decisions.');
    await user.click(screen.getByTestId('agreement-voluntary'));
    await user.click(screen.getByTestId('agreement-save'));
    await vi.waitFor(() => expect(screen.getByTestId('agreement-status')).toHaveTextContent('Draft saved'));
    expect(screen.getByTestId('agreement-state')).toHaveTextContent('Agreement in draft');
    expect(backend.store.versions(tandemId)).toHaveLength(1);

    // Saving the draft again edits version 1 in place.
    await user.type(screen.getByTestId('agreement-place'), 'Café');
    await user.click(screen.getByTestId('agreement-save'));
    await vi.waitFor(() => expect(backend.store.versions(tandemId)[0]?.place).toBe('Café'));
    expect(backend.store.versions(tandemId)).toHaveLength(1);

    await user.click(screen.getByTestId('agreement-mark-agreed'));
    await vi.waitFor(() => expect(screen.getByTestId('agreement-state')).toHaveAttribute('data-state', 'agreed'));
    expect(screen.getByTestId('agreement-state')).toHaveTextContent('Agreed');
    expect(screen.getByTestId('agreement-status')).toHaveTextContent(`Marked as agreed on ${formatDay(today())}`);
    expect(backend.store.versions(tandemId)[0]?.agreed_on).toBe(today());
    const view = screen.getByTestId('agreement-view');
    // The texts are Markdown: they show once the core has rendered them.
    await vi.waitFor(() => expect(view).toHaveTextContent('Honest feedback on my LinkedIn profile.'));
    expect(view).toHaveTextContent('Every 3 weeks · 45 minutes');
    expect(screen.queryByTestId('agreement-my-expectations')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('agreement-revise'));
    expect(screen.getByTestId('agreement-revise-note')).toHaveTextContent('Saving creates version 2 as a draft');
    const mine = screen.getByTestId('agreement-my-expectations');
    expect(mine).toHaveValue('Honest feedback on my LinkedIn profile.');
    await user.clear(mine);
    await user.type(mine, 'Feedback on my first posts.');
    await user.click(screen.getByTestId('agreement-save'));
    await vi.waitFor(() => expect(backend.store.versions(tandemId)).toHaveLength(2));
    const [v2, v1] = backend.store.versions(tandemId);
    expect(v2).toMatchObject({ version: 2, agreed_on: null, my_expectations: 'Feedback on my first posts.' });
    expect(v1).toMatchObject({ version: 1, agreed_on: today(), my_expectations: 'Honest feedback on my LinkedIn profile.' });
    await vi.waitFor(() => expect(screen.getByTestId('agreement-state')).toHaveTextContent('Agreement in draft'));
    expect(screen.getByTestId('agreement-version')).toHaveTextContent('Version 2');

    const items = screen.getAllByTestId('agreement-version-item');
    expect(items.map((el) => el.dataset.version)).toEqual(['2', '1']);
    await user.click(within(items[1]!).getByTestId('agreement-version-view'));
    const dialog = await screen.findByTestId('agreement-version-dialog');
    expect(within(dialog).getByRole('heading', { name: 'Agreement, version 1' })).toBeInTheDocument();
    await vi.waitFor(() => expect(within(dialog).getByTestId('agreement-view')).toHaveTextContent('Honest feedback on my LinkedIn profile.'));
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByTestId('dialog-close'));
    await vi.waitFor(() => expect(screen.queryByTestId('agreement-version-dialog')).not.toBeInTheDocument());
  });

  it('marks a new agreement as agreed in one step (saving it first) and refuses a future date', async () => {
    const { backend, user, tandemId } = await openAgreement({ settings: { language: 'de' } });
    location.hash = `#/tandems/${tandemId}/agreement`;
    await screen.findByTestId('agreement-editor');
    await user.type(screen.getByTestId('agreement-my-expectations'), 'Ehrliches Feedback.');
    fireEvent.input(screen.getByTestId('agreement-agreed-on'), { target: { value: '2999-01-01' } });
    await user.click(screen.getByTestId('agreement-mark-agreed'));
    expect(screen.getByTestId('agreement-agreed-on-error')).toHaveTextContent('Dieses Datum darf nicht in der Zukunft liegen.');
    expect(backend.calls.map((c) => c.cmd)).not.toContain('save_agreement');
    fireEvent.input(screen.getByTestId('agreement-agreed-on'), { target: { value: '2026-01-12' } });
    await user.click(screen.getByTestId('agreement-mark-agreed'));
    await vi.waitFor(() => expect(screen.getByTestId('agreement-state')).toHaveTextContent('Vereinbart'));
    expect(backend.store.versions(tandemId)[0]).toMatchObject({ version: 1, agreed_on: '2026-01-12', my_expectations: 'Ehrliches Feedback.' });
  });

  it('shows the core error for the video link at that field', async () => {
    const { backend, user, tandemId } = await openAgreement();
    location.hash = `#/tandems/${tandemId}/agreement`;
    await screen.findByTestId('agreement-editor');
    await user.type(screen.getByTestId('agreement-video-link'), 'javascript:alert(1)');
    await user.click(screen.getByTestId('agreement-save'));
    expect(screen.getByTestId('agreement-video-link-error')).toHaveTextContent('Please enter a web address starting with https://');
    await user.clear(screen.getByTestId('agreement-video-link'));
    await user.type(screen.getByTestId('agreement-video-link'), 'meet.example.org/abc');
    failOnce(backend, 'save_agreement', 'text_too_long', 'The HR sharing is too long: at most 20000 characters are allowed.', 'hr_sharing');
    await user.click(screen.getByTestId('agreement-save'));
    expect(await screen.findByTestId('agreement-hr-sharing-error')).toHaveTextContent('This is too long: at most 20,000 characters.');
    await user.click(screen.getByTestId('agreement-save'));
    await vi.waitFor(() => expect(backend.store.versions(tandemId)[0]?.video_link).toBe('https://meet.example.org/abc'));
  });

  it.each([
    ['video_link', 'invalid_input', 'agreement-video-link', 'Please enter a web address starting with https://'],
    ['video_link', 'text_too_long', 'agreement-video-link', 'This is too long: at most 2,000 characters.'],
    ['place', 'text_too_long', 'agreement-place', 'This is too long: at most 200 characters.'],
    ['my_expectations', 'text_too_long', 'agreement-my-expectations', 'This is too long: at most 20,000 characters.'],
    ['partner_expectations', 'text_too_long', 'agreement-partner-expectations', 'This is too long: at most 20,000 characters.'],
    ['confidentiality', 'text_too_long', 'agreement-confidentiality', 'This is too long: at most 20,000 characters.'],
    ['feedback', 'text_too_long', 'agreement-feedback', 'This is too long: at most 20,000 characters.'],
    ['cadence.every', 'invalid_cadence', 'agreement-cadence-every', 'Please enter a whole number from 1 to 52.'],
    ['cadence.minutes', 'invalid_cadence', 'agreement-cadence-minutes', 'Meetings last between 15 and 480 minutes.'],
  ])('puts a core error about %s (%s) at that field, whatever the message says', async (field, code, testid, text) => {
    const { backend, user, tandemId } = await openAgreement();
    location.hash = `#/tandems/${tandemId}/agreement`;
    await screen.findByTestId('agreement-editor');
    failOnce(backend, 'save_agreement', code, 'Invalid input: the feedback and the place are wrong', field);
    await user.click(screen.getByTestId('agreement-save'));
    expect(await screen.findByTestId(`${testid}-error`)).toHaveTextContent(text);
    await vi.waitFor(() => expect(screen.getByTestId(testid)).toHaveFocus());
    expect(screen.queryByTestId('agreement-error')).not.toBeInTheDocument();
  });

  it('puts the core refusing the agreement date at that date, and other errors in the notice', async () => {
    const { backend, user, tandemId } = await openAgreement();
    location.hash = `#/tandems/${tandemId}/agreement`;
    await screen.findByTestId('agreement-editor');
    await user.type(screen.getByTestId('agreement-my-expectations'), 'Honest feedback.');
    failOnce(backend, 'mark_agreement_agreed', 'invalid_input', 'Invalid input: the agreement date cannot be in the future', 'agreed_on');
    await user.click(screen.getByTestId('agreement-mark-agreed'));
    expect(await screen.findByTestId('agreement-agreed-on-error')).toHaveTextContent("This date can't be in the future.");
    expect(screen.getByTestId('agreement-agreed-on')).toHaveAttribute('aria-invalid', 'true');
    await vi.waitFor(() => expect(screen.getByTestId('agreement-agreed-on')).toHaveFocus());
    expect(screen.queryByTestId('agreement-error')).not.toBeInTheDocument();

    // A field the form does not know, and no field at all: the form-level notice.
    failOnce(backend, 'save_agreement', 'text_too_long', 'The voluntary is too long', 'voluntary');
    await user.type(screen.getByTestId('agreement-place'), 'Room 1');
    await user.click(screen.getByTestId('agreement-save'));
    expect(await screen.findByTestId('agreement-error')).toHaveTextContent('A text is too long');
    failOnce(backend, 'save_agreement', 'io', 'disk full');
    await user.type(screen.getByTestId('agreement-place'), '2');
    await user.click(screen.getByTestId('agreement-save'));
    await vi.waitFor(() => expect(screen.getByTestId('agreement-error')).toHaveTextContent("Eyelevel couldn't read or write a file"));
  });

  it('copies the agreement as Markdown and saves HTML where the save dialog says', async () => {
    const { backend, user } = await openApp('#/today', { withSample: true });
    const id = backend.data.tandems[0]!.id;
    location.hash = `#/tandems/${id}/agreement`;
    await screen.findByTestId('agreement-current');
    await user.click(screen.getByTestId('agreement-copy-markdown'));
    await vi.waitFor(() => expect(screen.getByTestId('agreement-export-status')).toHaveTextContent('Copied to the clipboard'));
    expect(backend.clipboard).toMatch(/^# Tandem agreement: Sample/);
    await user.click(screen.getByTestId('agreement-save-html'));
    await vi.waitFor(() => expect(backend.exports).toHaveLength(1));
    const saved = backend.exports[0]!;
    expect(saved).toMatchObject({ format: 'html', version: null, path: '/home/alex/Documents/sample-jonas-me-ai-and-linkedin-agreement.html' });
    // The page suggests a file name; the backend asks where and answers with the written path.
    const saves = () => backend.calls.filter((c) => c.cmd === 'save_agreement_export').map((c) => c.args);
    expect(saves()).toEqual([{ tandemId: id, version: null, format: 'html', fileName: 'sample-jonas-me-ai-and-linkedin-agreement.html' }]);
    await vi.waitFor(() => expect(screen.getByTestId('agreement-export-status')).toHaveTextContent(`Saved to ${saved.path}`));

    // Cancelled in the dialog: nothing written, nothing said.
    backend.savePath = null;
    await user.click(screen.getByTestId('agreement-save-markdown'));
    await vi.waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]).toMatchObject({ format: 'markdown', fileName: 'sample-jonas-me-ai-and-linkedin-agreement.md' });
    await vi.waitFor(() => expect(screen.getByTestId('agreement-save-markdown')).toBeEnabled());
    expect(backend.exports).toHaveLength(1);
    expect(screen.getByTestId('agreement-export-status').textContent).toBe('');

    // A full disk is said calmly, translated.
    backend.savePath = undefined;
    failOnce(backend, 'save_agreement_export', 'disk_full', 'The disk is full');
    await user.click(screen.getByTestId('agreement-save-html'));
    expect(await screen.findByTestId('agreement-export-error')).toHaveTextContent('The disk is full, so Eyelevel couldn');
    expect(screen.getByTestId('agreement-export-error')).toHaveTextContent('Nothing that was already saved is lost.');
  });
});
