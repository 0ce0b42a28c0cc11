import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { openApp } from './app-helpers';
import type { TandemInput } from '../../src/lib/bindings';

const input = (title: string, partner: string): TandemInput => ({
  title,
  my_role: 'mentor',
  partner_name: partner,
  partner_contact: null,
  program: null,
  start_date: '2026-01-05',
  planned_end_date: '2026-07-05',
  cadence: { every: 2, unit: 'week', minutes: 60 },
  focus_topic_ids: [],
});

describe('tandems', () => {
  it('offers "start my tandem" and "explore the sample" on the first screen and on the empty list', async () => {
    const { user } = await openApp('#/today');
    const today = await screen.findByTestId('today-empty');
    expect(within(today).getByTestId('start-my-tandem')).toHaveAttribute('href', '#/tandems/new');
    expect(within(today).getByTestId('explore-sample')).toBeInTheDocument();
    await user.click(screen.getByTestId('nav-tandems'));
    const empty = await screen.findByTestId('tandems-empty');
    expect(within(empty).getByTestId('start-my-tandem')).toBeInTheDocument();
    await user.click(within(empty).getByTestId('start-my-tandem'));
    expect(await screen.findByTestId('tandem-form')).toBeInTheDocument();
  });

  it('creates the sample from Today, opens it, and removes it in one click after confirming', async () => {
    const { backend, user } = await openApp('#/today');
    await user.click(await screen.findByTestId('explore-sample'));
    const overview = await screen.findByTestId('tandem-overview');
    const sample = backend.data.tandems[0]!;
    expect(sample.is_sample).toBe(true);
    expect(location.hash).toBe(`#/tandems/${sample.id}`);
    expect(within(overview).getByTestId('tandem-sample-badge')).toHaveTextContent('Sample');
    expect(within(overview).getByTestId('agreement-state')).toHaveTextContent('Agreed');
    expect(within(overview).getAllByTestId('goal-item').length).toBe(3);
    expect(within(overview).queryByTestId('tandem-delete')).not.toBeInTheDocument();

    await user.click(within(overview).getByTestId('sample-remove'));
    const dialog = await screen.findByTestId('sample-remove-dialog');
    expect(dialog).toHaveTextContent('Remove the sample tandem?');
    await vi.waitFor(() => expect(screen.getByTestId('sample-remove-dialog-cancel')).toHaveFocus());
    await user.click(screen.getByTestId('sample-remove-dialog-confirm'));
    expect(await screen.findByTestId('tandems-empty')).toBeInTheDocument();
    expect(backend.data.tandems).toEqual([]);
    expect(backend.data.goals).toEqual([]);
    expect(backend.data.agreements).toEqual([]);
    expect(location.hash).toBe('#/tandems');
    expect(screen.getByTestId('announcer')).toHaveTextContent('The sample tandem was removed');
  });

  it('creates the sample once: exploring again opens the same one', async () => {
    const { backend, user } = await openApp('#/tandems', { withSample: true, settings: { language: 'de' } });
    expect(await screen.findByTestId('tandem-card')).toHaveTextContent('Beispiel: Jonas & ich');
    expect(await backend.handle('create_sample', {})).toBe(backend.data.tandems[0]!.id);
    expect(backend.data.tandems).toHaveLength(1);
    await user.click(screen.getByTestId('tandem-card-link'));
    expect(await screen.findByTestId('tandem-overview')).toHaveTextContent('Beispiel');
  });

  it('shows the tandems on Today once there are any, with a way to start another', async () => {
    await openApp('#/today', { withSample: true });
    const section = await screen.findByTestId('today-tandems');
    expect(within(section).getByTestId('tandem-card')).toHaveTextContent('Sample: Jonas & me');
    expect(within(section).getByTestId('today-new-tandem')).toHaveAttribute('href', '#/tandems/new');
    expect(screen.queryByTestId('today-empty')).not.toBeInTheDocument();
  });

  it('lists tandems as cards and shows archived ones only on request', async () => {
    const { backend, user } = await openApp('#/today');
    const a = backend.store.createTandem(input('Alpha', 'Ana'));
    const b = backend.store.createTandem(input('Beta', 'Ben'));
    backend.store.createGoal(a.id, { title: 'One', why: '', topic_id: null, target_date: null });
    const done = backend.store.createGoal(a.id, { title: 'Two', why: '', topic_id: null, target_date: null });
    backend.store.setGoalStatus(done.id, 'achieved');
    backend.store.setTandemArchived(b.id, true);
    await user.click(screen.getByTestId('nav-tandems'));
    const cards = await screen.findAllByTestId('tandem-card');
    expect(cards.map((c) => c.dataset.tandemId)).toEqual([String(a.id)]);
    expect(cards[0]).toHaveTextContent('with Ana');
    expect(cards[0]).toHaveTextContent("I'm the mentor");
    expect(cards[0]).toHaveTextContent('Active');
    expect(cards[0]).toHaveTextContent('No agreement yet');
    expect(cards[0]).toHaveTextContent('1 of 2 goals completed');
    expect(within(cards[0]!).getByRole('progressbar')).toHaveAccessibleName('1 of 2 goals completed');
    await user.click(screen.getByTestId('tandems-show-archived'));
    expect(screen.getAllByTestId('tandem-card').map((c) => c.dataset.tandemId)).toEqual([String(a.id), String(b.id)]);
    expect(screen.getAllByTestId('tandem-card')[1]).toHaveTextContent('Archived');
  });

  it('pauses, resumes, finishes and archives from the overview, announcing each change', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = backend.store.createTandem(input('Alpha', 'Ana'));
    location.hash = `#/tandems/${tandem.id}`;
    await screen.findByTestId('tandem-overview');
    const pause = screen.getByTestId('tandem-pause');
    pause.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.getByTestId('tandem-status')).toHaveTextContent('Paused'));
    expect(screen.getByTestId('tandem-resume')).toBe(pause);
    expect(pause).toHaveFocus();
    expect(await screen.findByText('The tandem is paused')).toBeInTheDocument();
    await user.click(screen.getByTestId('tandem-resume'));
    await vi.waitFor(() => expect(backend.store.tandem(tandem.id).status).toBe('active'));

    await user.click(screen.getByTestId('tandem-finish'));
    await user.click(await screen.findByTestId('finish-dialog-confirm'));
    await vi.waitFor(() => expect(screen.getByTestId('tandem-status')).toHaveTextContent('Finished'));
    expect(screen.queryByTestId('tandem-pause')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('tandem-reopen'));
    await vi.waitFor(() => expect(backend.store.tandem(tandem.id).status).toBe('active'));

    await user.click(screen.getByTestId('tandem-archive'));
    await vi.waitFor(() => expect(screen.getByTestId('archived-note')).toBeInTheDocument());
    expect(backend.store.tandem(tandem.id).archived).toBe(true);
    await user.click(screen.getByTestId('tandem-unarchive'));
    await vi.waitFor(() => expect(backend.store.tandem(tandem.id).archived).toBe(false));
  });

  it('deletes a tandem only after a confirmation that names everything that goes', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = backend.store.createTandem(input('Alpha', 'Ana'));
    const keep = backend.store.createTandem(input('Beta', 'Ben'));
    backend.store.saveAgreement(tandem.id, {
      my_expectations: 'x', partner_expectations: '', cadence: { every: 2, unit: 'week', minutes: 60 }, place: '', video_link: null,
      confidentiality: '', hr_sharing: '', voluntary: true, feedback: '', review_date: null,
    });
    backend.store.markAgreed(tandem.id, '2026-01-10');
    backend.store.saveAgreement(tandem.id, { ...backend.store.versions(tandem.id)[0]!, my_expectations: 'y' });
    backend.store.createGoal(tandem.id, { title: 'One', why: '', topic_id: null, target_date: null });
    backend.store.createGoal(tandem.id, { title: 'Two', why: '', topic_id: null, target_date: null });
    location.hash = `#/tandems/${tandem.id}`;
    await screen.findByTestId('tandem-overview');

    const remove = screen.getByTestId('tandem-delete');
    await user.click(remove);
    const dialog = await screen.findByTestId('delete-dialog');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('heading', { name: 'Delete “Alpha”?' })).toBeInTheDocument();
    const items = within(screen.getByTestId('delete-dialog-items')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['the tandem with Ana', 'its agreement (2 versions)', '2 goals with their progress notes']);
    await user.click(screen.getByTestId('delete-dialog-cancel'));
    await vi.waitFor(() => expect(screen.queryByTestId('delete-dialog')).not.toBeInTheDocument());
    await vi.waitFor(() => expect(remove).toHaveFocus());
    expect(backend.data.tandems).toHaveLength(2);

    await user.click(remove);
    await user.click(await screen.findByTestId('delete-dialog-confirm'));
    const cards = await screen.findAllByTestId('tandem-card');
    expect(cards.map((c) => c.dataset.tandemId)).toEqual([String(keep.id)]);
    expect(backend.data.tandems.map((t) => t.id)).toEqual([keep.id]);
    expect(backend.data.agreements).toEqual([]);
    expect(backend.data.goals).toEqual([]);
    expect(screen.getByTestId('announcer')).toHaveTextContent('“Alpha” was deleted');
  });

  it('says so when a tandem does not exist', async () => {
    await openApp('#/tandems/999');
    expect(await screen.findByRole('heading', { level: 1, name: "This tandem doesn't exist (anymore)." })).toBeInTheDocument();
  });
});
