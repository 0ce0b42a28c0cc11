// Checks for the pairing forms: the name the partner will see, and which kind of pairing code
// (invitation or answer) a pasted text is, so a code pasted into the wrong box is named at once.
// The core checks everything again and has the last word.
import type { ApiError } from './api';
import type { MessageKey } from './i18n/index.svelte';
import { checkName, type Problem } from './validation';

const INVITATION_PREFIX = 'eyelevel-invitation:';
const ANSWER_PREFIX = 'eyelevel-answer:';

/** Which pairing code a text holds (whitespace from wrapped mail lines ignored), if any. */
export function codeKind(text: string): 'invitation' | 'answer' | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.includes(ANSWER_PREFIX)) return 'answer';
  if (compact.includes(INVITATION_PREFIX)) return 'invitation';
  return null;
}

/** The name the partner will see: required, at most 200 characters. */
export function checkMyName(value: string): Problem | null {
  return checkName(value, 'partner.my_name_required');
}

/**
 * A pasted code's problem before sending it: missing, or the other kind of code. A text that is
 * no code at all goes to the core, which says why.
 */
export function checkCode(text: string, wanted: 'invitation' | 'answer'): MessageKey | null {
  if (!text.trim()) return wanted === 'invitation' ? 'partner.invitation.required' : 'partner.answer.required';
  const kind = codeKind(text);
  if (wanted === 'invitation' && kind === 'answer') return 'partner.invitation.looks_like_answer';
  if (wanted === 'answer' && kind === 'invitation') return 'partner.answer.looks_like_invitation';
  return null;
}

/** A rejected name (the core's `my_name` field), placed at the name field; null otherwise. */
export function nameProblemOf(error: ApiError): Problem | null {
  if (error.field !== 'my_name') return null;
  if (error.code === 'text_too_long') return { key: 'forms.too_long', params: { max: 200 } };
  return { key: 'partner.my_name_required' };
}
