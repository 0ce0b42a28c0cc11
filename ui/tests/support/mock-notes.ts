// Meeting notes, reflections, prompt sets and the Markdown renderer of the mock backend. Notes
// and reflections live in the backend's plain data object (`notes`, `reflections`,
// `promptSets`), where the mock journal and search read them too.
import type { ErrorCode, ErrorPayload, Language, Role } from '../../src/lib/bindings';
import type { MeetingNote, PromptDraft, PromptSet, Reflection, ReflectionInput } from '../../src/lib/notes-types';
import type { MockTandems } from './mock-tandems';

export interface NotesData {
  notes?: MeetingNote[];
  reflections?: Reflection[];
  /** The user's own prompt sets by role (absent: the built-in set). */
  promptSets?: Partial<Record<Role, PromptDraft[]>>;
}

export const NOTE_COMMANDS: ReadonlySet<string> = new Set([
  'get_note',
  'save_note',
  'set_note_shared',
  'render_markdown',
  'get_prompt_set',
  'save_prompt_set',
  'reset_prompt_set',
  'get_reflection',
  'save_reflection',
]);

function fail(code: ErrorCode, message: string, field: string | null = null): never {
  const payload: ErrorPayload = { code, message, field };
  throw payload;
}

const chars = (text: string) => [...text].length;

let lastInstant = 0;
function now(): string {
  lastInstant = Math.max(Date.now(), lastInstant + 1);
  return new Date(lastInstant).toISOString();
}

export const BUILTIN_PROMPTS: Record<Language, Record<Role, PromptDraft[]>> = {
  en: {
    mentee: [
      { kind: 'text', text: 'What did I learn?' },
      { kind: 'text', text: 'What surprised me?' },
      { kind: 'text', text: 'What will I try before we meet again?' },
      { kind: 'scale', text: 'How confident do I feel about the topic?' },
    ],
    mentor: [
      { kind: 'text', text: 'What went well in explaining?' },
      { kind: 'text', text: 'Where did I notice a different perspective?' },
      { kind: 'text', text: "What did I learn about leading and about my mentee's world?" },
      { kind: 'scale', text: 'How did I feel?' },
    ],
  },
  de: {
    mentee: [
      { kind: 'text', text: 'Was habe ich gelernt?' },
      { kind: 'text', text: 'Was hat mich überrascht?' },
      { kind: 'text', text: 'Was probiere ich aus, bevor wir uns wieder treffen?' },
      { kind: 'scale', text: 'Wie sicher fühle ich mich beim Thema?' },
    ],
    mentor: [
      { kind: 'text', text: 'Was ist mir beim Erklären gut gelungen?' },
      { kind: 'text', text: 'Wo habe ich eine andere Perspektive bemerkt?' },
      { kind: 'text', text: 'Was habe ich über Führung und über die Welt meines Mentees gelernt?' },
      { kind: 'scale', text: 'Wie habe ich mich gefühlt?' },
    ],
  },
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function inline(text: string): string {
  return escape(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]*)\]\((https?:\/\/[^)\s]*)\)/g, '<a href="$2" rel="noopener noreferrer">$1</a>');
}

/** A minimal, escaping Markdown renderer: headings, lists, task lists, bold, italic, links. */
export function renderMarkdown(text: string): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | null = null;
  const close = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (const line of text.split('\n')) {
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const task = /^[-*+] \[([ xX])\] (.*)$/.exec(line);
    const bullet = /^[-*+] (.*)$/.exec(line);
    const numbered = /^\d+[.)] (.*)$/.exec(line);
    if (heading) {
      close();
      out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    } else if (task || bullet || numbered) {
      const kind = numbered ? 'ol' : 'ul';
      if (list !== kind) {
        close();
        out.push(`<${kind}>`);
        list = kind;
      }
      if (task) out.push(`<li><input disabled="" type="checkbox"${task[1] === ' ' ? '' : ' checked=""'}/>\n${inline(task[2]!)}</li>`);
      else out.push(`<li>${inline((bullet ?? numbered)![1]!)}</li>`);
    } else if (line.trim()) {
      close();
      out.push(`<p>${inline(line)}</p>`);
    } else close();
  }
  close();
  return out.join('\n');
}

function checkPrompts(prompts: PromptDraft[]): PromptDraft[] {
  if (prompts.length < 1 || prompts.length > 12) fail('invalid_input', 'a prompt set has 1 to 12 prompts', 'prompts');
  return prompts.map((p, i) => {
    const text = p.text.trim();
    if (!text) fail('invalid_input', 'prompt text is required', `prompts.${i}.text`);
    if (chars(text) > 300) fail('text_too_long', 'prompt text is too long', `prompts.${i}.text`);
    if (p.kind !== 'text' && p.kind !== 'scale') fail('invalid_input', 'unknown prompt kind', `prompts.${i}.kind`);
    return { kind: p.kind, text };
  });
}

/** Answers the note, reflection, prompt-set and Markdown commands (see NOTE_COMMANDS). */
export function notesCommand(store: MockTandems, language: () => Language, cmd: string, a: Record<string, unknown>): unknown {
  const d = store.data as unknown as NotesData;
  d.notes ??= [];
  d.reflections ??= [];
  d.promptSets ??= {};
  const notes = d.notes;
  const reflections = d.reflections;
  const meeting = (id: number) => store.data.meetings.find((m) => m.id === id) ?? fail('not_found', `meeting ${id} not found`);
  const role = a.role as Role;
  switch (cmd) {
    case 'get_note': {
      const id = a.meetingId as number;
      meeting(id);
      return notes.find((n) => n.meeting_id === id) ?? { meeting_id: id, body: '', updated_at: null, shared: false };
    }
    case 'save_note': {
      const id = a.meetingId as number;
      const body = String(a.body ?? '');
      meeting(id);
      if (chars(body) > 100_000) fail('text_too_long', 'the note is too long', 'body');
      const index = notes.findIndex((n) => n.meeting_id === id);
      // Saving keeps whether the notes are shared; deleting them (a blank body) forgets it.
      const shared = index >= 0 ? notes[index]!.shared : false;
      if (index >= 0) notes.splice(index, 1);
      if (!body.trim()) return { meeting_id: id, body: '', updated_at: null, shared: false };
      const note: MeetingNote = { meeting_id: id, body, updated_at: now(), shared };
      notes.push(note);
      return { ...note };
    }
    case 'set_note_shared': {
      const id = a.meetingId as number;
      meeting(id);
      const note = notes.find((n) => n.meeting_id === id) ?? fail('not_found', `Not found: notes of meeting ${id}.`);
      note.shared = Boolean(a.shared);
      return { ...note };
    }
    case 'render_markdown': {
      const text = String(a.text ?? '');
      if (chars(text) > 100_000) fail('text_too_long', 'the text is too long', 'text');
      return renderMarkdown(text);
    }
    case 'get_prompt_set': {
      const own = d.promptSets[role];
      return { role, prompts: structuredClone(own ?? BUILTIN_PROMPTS[language()][role]), customised: Boolean(own) } satisfies PromptSet;
    }
    case 'save_prompt_set': {
      const prompts = checkPrompts(a.prompts as PromptDraft[]);
      d.promptSets[role] = prompts;
      return { role, prompts: structuredClone(prompts), customised: true } satisfies PromptSet;
    }
    case 'reset_prompt_set':
      delete d.promptSets[role];
      return { role, prompts: structuredClone(BUILTIN_PROMPTS[language()][role]), customised: false } satisfies PromptSet;
    case 'get_reflection': {
      const id = a.meetingId as number;
      meeting(id);
      return structuredClone(reflections.find((r) => r.meeting_id === id) ?? null);
    }
    case 'save_reflection':
      return saveReflection(store, reflections, meeting(a.meetingId as number).id, a.input as ReflectionInput);
    default:
      throw `command ${cmd} not found`;
  }
}

function saveReflection(store: MockTandems, reflections: Reflection[], meetingId: number, input: ReflectionInput): Reflection | null {
  const meeting = store.data.meetings.find((m) => m.id === meetingId)!;
  if (input.answers.length > 12) fail('invalid_input', 'at most 12 answers', 'answers');
  input.answers.forEach((answer, i) => {
    if (chars(answer.text) > 20_000) fail('text_too_long', 'the answer is too long', `answers.${i}.text`);
    if (answer.scale !== null && (answer.kind !== 'scale' || answer.scale < 1 || answer.scale > 5))
      fail('invalid_input', 'a scale answer is 1 to 5', `answers.${i}.scale`);
  });
  for (const goalId of input.goal_ids) {
    const goal = store.data.goals.find((g) => g.id === goalId);
    if (!goal || goal.tandem_id !== meeting.tandem_id) fail('not_found', `goal ${goalId} not found`, 'goal_ids');
  }
  const index = reflections.findIndex((r) => r.meeting_id === meetingId);
  const existing = index >= 0 ? reflections[index]! : null;
  const blank = input.answers.every((a) => !a.text.trim() && a.scale === null) && input.goal_ids.length === 0;
  if (blank) {
    if (existing) reflections.splice(index, 1);
    return null;
  }
  const at = now();
  const tandem = store.data.tandems.find((t) => t.id === meeting.tandem_id)!;
  const reflection: Reflection = {
    id: existing?.id ?? store.data.nextId++,
    meeting_id: meetingId,
    tandem_id: meeting.tandem_id,
    role: existing?.role ?? tandem.my_role,
    answers: structuredClone(input.answers),
    goal_ids: [...new Set(input.goal_ids)],
    created_at: existing?.created_at ?? at,
    updated_at: at,
  };
  if (existing) reflections[index] = reflection;
  else reflections.push(reflection);
  return structuredClone(reflection);
}
