// Search as you type: a debounced query runner that only ever shows the answer to the latest
// request (a slow answer to an older query is dropped), plus where each kind of hit opens.
import type { SearchHit, SearchKind, SearchRequest, SearchResults } from './journal-types';

export const SEARCH_KINDS: readonly SearchKind[] = ['goal', 'goal_note', 'agreement', 'agenda_item', 'note', 'action', 'reflection', 'entry'];
export const SEARCH_LIMIT = 50;

export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

export interface SearchParams {
  query: string;
  kinds: SearchKind[];
  tandem: number | null;
}

export function createSearch(run: (request: SearchRequest) => Promise<SearchResults>, { delayMs = 120 } = {}) {
  const state = $state<{ status: SearchStatus; results: SearchResults | null; error: unknown; query: string }>({
    status: 'idle',
    results: null,
    error: null,
    query: '',
  });
  let timer: ReturnType<typeof setTimeout> | null = null;
  let seq = 0;

  async function execute(params: SearchParams, ticket: number) {
    try {
      const results = await run({ query: params.query, tandem_id: params.tandem, kinds: [...params.kinds], limit: SEARCH_LIMIT });
      if (ticket !== seq) return;
      state.results = results;
      state.error = null;
      state.status = 'done';
      state.query = params.query;
    } catch (reason) {
      if (ticket !== seq) return;
      state.error = reason;
      state.status = 'error';
    }
  }

  return {
    get status() {
      return state.status;
    },
    get results() {
      return state.results;
    },
    get error() {
      return state.error;
    },
    /** The query the shown results answer. */
    get query() {
      return state.query;
    },
    /** Runs the search after the debounce; a blank query clears the results at once. */
    schedule(params: SearchParams, immediate = false) {
      const ticket = ++seq;
      if (timer) clearTimeout(timer);
      timer = null;
      if (!params.query.trim()) {
        state.status = 'idle';
        state.results = null;
        state.error = null;
        state.query = '';
        return;
      }
      state.status = 'loading';
      if (immediate) void execute(params, ticket);
      else timer = setTimeout(() => void execute(params, ticket), delayMs);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      seq++;
    },
  };
}

export type Search = ReturnType<typeof createSearch>;

/** Where a hit opens: notes and reflections on their meeting, entries on their page, the rest on the tandem. */
export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'note':
      return `#/meetings/${hit.record_id}`;
    case 'entry':
      return `#/journal/entries/${hit.record_id}`;
    case 'agreement':
      return `#/tandems/${hit.record_id}`;
    case 'reflection':
    case 'agenda_item':
    case 'action':
      if (hit.meeting_id !== null) return `#/meetings/${hit.meeting_id}`;
      break;
    default:
      break;
  }
  return hit.tandem_id !== null ? `#/tandems/${hit.tandem_id}` : '#/search';
}

/** The search's address: #/search?q=…&kind=…&tandem=…. */
export function searchHash(params: SearchParams): string {
  const q = new URLSearchParams();
  if (params.query) q.set('q', params.query);
  if (params.kinds.length) q.set('kind', params.kinds.join(','));
  if (params.tandem !== null) q.set('tandem', String(params.tandem));
  const text = q.toString();
  return `#/search${text ? `?${text}` : ''}`;
}

export function parseSearchQuery(query: string): SearchParams {
  const p = new URLSearchParams(query);
  const kinds = (p.get('kind') ?? '').split(',').filter((k): k is SearchKind => (SEARCH_KINDS as readonly string[]).includes(k));
  const tandem = Number(p.get('tandem'));
  return {
    query: p.get('q') ?? '',
    kinds: SEARCH_KINDS.filter((k) => kinds.includes(k)),
    tandem: Number.isSafeInteger(tandem) && tandem > 0 ? tandem : null,
  };
}
