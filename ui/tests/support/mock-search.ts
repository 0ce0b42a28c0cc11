// Full-text search of the mock backend: every word of the query must prefix-match
// a word of the record (AND), umlauts and ß match with or without their folded spellings
// ("Fuehrung", "Fuhrung" and "Führung" all find "Führung"), snippets come back as SnippetPart[].
import type { ErrorCode, ErrorPayload } from '../../src/lib/bindings';
import type { SearchHit, SearchKind, SearchRequest, SearchResults, SnippetPart } from '../../src/lib/journal-types';
import type { MockTandems } from './mock-tandems';
import type { MockJournal, JournalData, SourceNote, SourceReflection } from './mock-journal';

function fail(code: ErrorCode, message: string, field: string | null = null): never {
  const payload: ErrorPayload = { code, message, field };
  throw payload;
}

/** The spellings a word is found under: lower case, umlauts as ae/oe/ue and as plain vowels. */
export function variants(word: string): string[] {
  const lower = word.toLocaleLowerCase('de');
  const expanded = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const stripped = lower.replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return [...new Set([lower, expanded, stripped])];
}

interface Doc {
  kind: SearchKind;
  record_id: number;
  tandem_id: number | null;
  meeting_id: number | null;
  title: string;
  fields: string[];
  at: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordMatches(word: string, terms: string[][]): boolean {
  const forms = variants(word);
  return terms.some((term) => term.some((t) => forms.some((f) => f.startsWith(t))));
}

/** Query words (quotes dropped), each with its spellings. */
function terms(query: string): string[][] {
  return (query.match(WORD) ?? []).map(variants);
}

function matchesAll(text: string, query: string[][]): boolean {
  const words = text.match(WORD) ?? [];
  return query.every((term) => words.some((w) => wordMatches(w, [term])));
}

/** About 200 characters around the first hit, hits marked. */
export function snippet(text: string, query: string[][], size = 200): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const hits: [number, number][] = [];
  for (const m of flat.matchAll(WORD)) if (wordMatches(m[0], query)) hits.push([m.index!, m.index! + m[0].length]);
  const first = hits[0]?.[0] ?? 0;
  let start = Math.max(0, first - 60);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + size);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const parts: SnippetPart[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += s;
    else parts.push({ text: s, hit });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [a, b] of hits) {
    if (b <= start || a >= end) continue;
    push(flat.slice(at, a), false);
    push(flat.slice(a, b), true);
    at = b;
  }
  push(flat.slice(at, end), false);
  if (end < flat.length) push('…', false);
  return parts;
}

/** Markdown to plain text (for excerpts; search snippets keep the stored text as it is), roughly like the core's excerpt. */
export function plain(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]\s+\[[ xX]\]|[-*+]|\d+[.)])\s*/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function values<T>(source: T[] | Record<string, T> | undefined): T[] {
  if (!source) return [];
  return Array.isArray(source) ? source : Object.values(source);
}

export class MockSearch {
  constructor(
    private tandems: MockTandems,
    private journal: MockJournal,
  ) {}

  private docs(): Doc[] {
    const d = this.tandems.data;
    const extra = d as unknown as JournalData;
    const meeting = (id: number) => d.meetings.find((m) => m.id === id);
    const docs: Doc[] = [];
    for (const g of d.goals) {
      docs.push({ kind: 'goal', record_id: g.id, tandem_id: g.tandem_id, meeting_id: null, title: g.title, fields: [g.title, g.why], at: g.updated_at });
      for (const n of g.notes)
        docs.push({ kind: 'goal_note', record_id: n.id, tandem_id: g.tandem_id, meeting_id: null, title: g.title, fields: [n.body], at: n.created_at });
    }
    for (const t of d.tandems) {
      const latest = d.agreements.filter((a) => a.tandem_id === t.id).sort((a, b) => b.version - a.version)[0];
      if (latest)
        docs.push({
          kind: 'agreement', record_id: t.id, tandem_id: t.id, meeting_id: null, title: '', at: latest.updated_at,
          fields: [latest.my_expectations, latest.partner_expectations, latest.confidentiality, latest.hr_sharing, latest.feedback, latest.place],
        });
    }
    for (const i of d.agenda) {
      const m = meeting(i.meeting_id);
      docs.push({ kind: 'agenda_item', record_id: i.id, tandem_id: m?.tandem_id ?? null, meeting_id: i.meeting_id, title: i.title, fields: [i.title, i.prep_notes], at: i.updated_at });
    }
    for (const a of d.actions)
      docs.push({ kind: 'action', record_id: a.id, tandem_id: a.tandem_id, meeting_id: a.meeting_id, title: a.title, fields: [a.title], at: a.updated_at });
    for (const n of values<SourceNote>(extra.notes)) {
      const m = meeting(n.meeting_id);
      if (!m || !n.body.trim()) continue;
      docs.push({ kind: 'note', record_id: m.id, tandem_id: m.tandem_id, meeting_id: m.id, title: '', fields: [n.body], at: m.starts_at });
    }
    for (const r of values<SourceReflection>(extra.reflections))
      docs.push({ kind: 'reflection', record_id: r.id, tandem_id: r.tandem_id, meeting_id: r.meeting_id, title: '', fields: r.answers.map((a) => a.text), at: r.updated_at });
    for (const e of this.journal.entries)
      docs.push({
        kind: 'entry', record_id: e.id, tandem_id: e.tandem_id, meeting_id: null, title: e.title, at: e.updated_at,
        fields: [e.title, e.body, e.prompt ?? '', e.tags.join(' ')],
      });
    return docs;
  }

  search(request: SearchRequest): SearchResults {
    if ([...request.query].length > 200) fail('text_too_long', 'The query is too long: at most 200 characters are allowed.', 'query');
    if (!Number.isInteger(request.limit) || request.limit < 1 || request.limit > 100) fail('invalid_input', 'Invalid input: limit 1..=100', 'limit');
    const query = terms(request.query);
    if (!query.length) return { hits: [], total: 0 };
    const tandemTitle = (id: number | null) => (id === null ? null : (this.tandems.data.tandems.find((t) => t.id === id)?.title ?? null));
    const scored = this.docs()
      .filter((doc) => (request.tandem_id === null || doc.tandem_id === request.tandem_id) && (request.kinds.length === 0 || request.kinds.includes(doc.kind)))
      .filter((doc) => matchesAll(doc.fields.join(' '), query))
      .map((doc) => ({ doc, score: matchesAll(doc.title, query) ? 2 : 1 }))
      .sort((a, b) => b.score - a.score || b.doc.at.localeCompare(a.doc.at));
    const hits: SearchHit[] = scored.slice(0, request.limit).map(({ doc }) => {
      const best = doc.fields.find((f) => f !== doc.title && terms(f).length && query.some((t) => (f.match(WORD) ?? []).some((w) => wordMatches(w, [t])))) ?? doc.fields[0] ?? '';
      return {
        kind: doc.kind, record_id: doc.record_id, tandem_id: doc.tandem_id, tandem_title: tandemTitle(doc.tandem_id), meeting_id: doc.meeting_id,
        title: doc.title, snippet: snippet(best, query), at: doc.at,
      };
    });
    return { hits, total: Math.min(scored.length, 10_000) };
  }
}
