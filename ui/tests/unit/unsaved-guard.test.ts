import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/svelte';
import { go, openApp } from './app-helpers';

async function openEditor() {
  const app = await openApp('#/today');
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
  go(`#/tandems/${tandem.id}/agreement`);
  await screen.findByTestId('agreement-editor');
  return { ...app, tandemId: tandem.id };
}

describe('agreement editor: unsaved changes', () => {
  it('leaves without asking when nothing changed', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('link', { name: 'Jonas & me' }));
    await screen.findByTestId('tandem-overview');
    expect(screen.queryByTestId('unsaved-changes')).not.toBeInTheDocument();
  });

  it('asks before following a link; "Keep editing" stays with the changes', async () => {
    const { user, tandemId } = await openEditor();
    await user.type(screen.getByTestId('agreement-place'), 'Café');
    await user.click(screen.getByRole('link', { name: 'Jonas & me' }));
    const dialog = await screen.findByTestId('unsaved-changes');
    expect(dialog).toHaveTextContent('Discard changes?');
    expect(screen.getByTestId('unsaved-changes-cancel')).toHaveTextContent('Keep editing');
    await vi.waitFor(() => expect(screen.getByTestId('unsaved-changes-cancel')).toHaveFocus());
    await user.click(screen.getByTestId('unsaved-changes-cancel'));
    await vi.waitFor(() => expect(screen.queryByTestId('unsaved-changes')).not.toBeInTheDocument());
    expect(location.hash).toBe(`#/tandems/${tandemId}/agreement`);
    expect(screen.getByTestId('agreement-editor')).toBeInTheDocument();
    expect(screen.getByTestId('agreement-place')).toHaveValue('Café');
  });

  it('"Discard" leaves the page without saving', async () => {
    const { backend, user, tandemId } = await openEditor();
    await user.type(screen.getByTestId('agreement-place'), 'Café');
    await user.click(screen.getByRole('link', { name: 'Jonas & me' }));
    await user.click(await screen.findByTestId('unsaved-changes-confirm'));
    await screen.findByTestId('tandem-overview');
    expect(location.hash).toBe(`#/tandems/${tandemId}`);
    expect(screen.queryByTestId('unsaved-changes')).not.toBeInTheDocument();
    expect(backend.store.versions(tandemId)).toHaveLength(0);
  });

  it('holds up other address changes (back button, sidebar) too, and not after saving', async () => {
    const { user, tandemId } = await openEditor();
    await user.type(screen.getByTestId('agreement-place'), 'Café');
    go('#/topics');
    await screen.findByTestId('unsaved-changes');
    expect(location.hash).toBe(`#/tandems/${tandemId}/agreement`);
    await user.click(screen.getByTestId('unsaved-changes-cancel'));
    await vi.waitFor(() => expect(screen.queryByTestId('unsaved-changes')).not.toBeInTheDocument());
    expect(screen.getByTestId('agreement-editor')).toBeInTheDocument();

    await user.click(screen.getByTestId('agreement-save'));
    await vi.waitFor(() => expect(screen.getByTestId('agreement-status')).toHaveTextContent('Draft saved'));
    go('#/topics');
    await vi.waitFor(() => expect(screen.queryByTestId('agreement-editor')).not.toBeInTheDocument());
    expect(screen.queryByTestId('unsaved-changes')).not.toBeInTheDocument();
  });
});
