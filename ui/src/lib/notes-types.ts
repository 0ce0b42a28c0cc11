// The note and reflection types (generated from the core by ts-rs), and the core's limits the
// UI uses for hints (the core checks them too).
export type { MeetingNote, PromptDraft, PromptKind, PromptSet, Reflection, ReflectionAnswer, ReflectionInput } from './bindings';

export const PROMPT_MAX = 300;
export const PROMPTS_MAX = 12;
