// Typed wrappers for the journal and search commands over the one `call()` in api.ts (which wraps
// `invoke` from @tauri-apps/api/core).
import { call } from './api';
import type {
  DailyPrompt,
  JournalEntry,
  JournalEntryInput,
  JournalFilter,
  JournalPage,
  SearchRequest,
  SearchResults,
  TagCount,
} from './journal-types';

export const journalApi = {
  createEntry: (input: JournalEntryInput) => call<JournalEntry>('create_journal_entry', { input }),
  updateEntry: (id: number, input: JournalEntryInput) => call<JournalEntry>('update_journal_entry', { id, input }),
  getEntry: (id: number) => call<JournalEntry>('get_journal_entry', { id }),
  deleteEntry: (id: number) => call<null>('delete_journal_entry', { id }),
  setEntryPinned: (id: number, pinned: boolean) => call<JournalEntry>('set_entry_pinned', { id, pinned }),
  listJournal: (filter: JournalFilter) => call<JournalPage>('list_journal', { filter }),
  listTags: () => call<TagCount[]>('list_tags'),
  promptOfTheDay: (tandemId: number | null) => call<DailyPrompt | null>('prompt_of_the_day', { tandemId }),
  search: (request: SearchRequest) => call<SearchResults>('search', { request }),
};

export type JournalApi = typeof journalApi;
