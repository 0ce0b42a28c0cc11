// The journal and search types, generated from the core by ts-rs.
export type {
  DailyPrompt,
  JournalEntry,
  JournalEntryInput,
  JournalFilter,
  JournalItem,
  JournalKind,
  JournalPage,
  SearchHit,
  SearchKind,
  SearchRequest,
  SearchResults,
  SnippetPart,
  TagCount,
} from './bindings';
