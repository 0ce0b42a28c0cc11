// Starts the app on an unlocked vault with the sample tandem and a few journal entries.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { installBackend } from '../support/install';
import type { MockBackend, MockConfig } from '../support/mock-backend';
import type { JournalEntry, JournalEntryInput } from '../../src/lib/journal-types';
import { keyringVault } from './app-helpers';

export function entryInput(patch: Partial<JournalEntryInput> = {}): JournalEntryInput {
  return { tandem_id: null, title: 'An entry', body: 'Some text', prompt: null, topic_id: null, tags: [], goal_ids: [], pinned: false, ...patch };
}

export async function seed(backend: MockBackend, inputs: Partial<JournalEntryInput>[]): Promise<JournalEntry[]> {
  const out: JournalEntry[] = [];
  for (const input of inputs) out.push((await backend.handle('create_journal_entry', { input: entryInput(input) })) as JournalEntry);
  backend.calls = [];
  return out;
}

export async function sampleTandem(backend: MockBackend): Promise<number> {
  return backend.data.tandems[0]!.id;
}

/** The app at `hash`, after `prepare` has filled the backend. */
export async function openWith(hash: string, prepare: (backend: MockBackend) => Promise<void> = async () => {}, config: MockConfig = {}) {
  const backend = installBackend({ vault: { ...keyringVault }, settings: { recovery_code_confirmed: true }, withSample: true, unlocked: true, ...config });
  await prepare(backend);
  location.hash = hash;
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId('app-shell');
  return { backend, user };
}

export function callsOf(backend: MockBackend, cmd: string): Record<string, unknown>[] {
  return backend.calls.filter((c) => c.cmd === cmd).map((c) => c.args as Record<string, unknown>);
}
