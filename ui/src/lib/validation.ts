import type { ErrorCode } from './bindings';

export const MIN_PASSPHRASE_CHARS = 8;

/** Characters as a person counts them (code points, so "ä" or an emoji is one). */
export function charCount(text: string): number {
  return [...text].length;
}

export interface PassphraseProblems {
  passphrase: ErrorCode | null;
  confirm: ErrorCode | null;
}

export function checkNewPassphrase(passphrase: string, confirm: string): PassphraseProblems {
  return {
    passphrase: charCount(passphrase) < MIN_PASSPHRASE_CHARS ? 'passphrase_too_short' : null,
    confirm: passphrase !== confirm ? 'passphrase_mismatch' : null,
  };
}

/** Recovery codes as shown: 7 groups of 4, upper case (the backend also accepts any spacing). */
export function formatRecoveryCode(code: string): string {
  const compact = code.replace(/[\s-]/g, '').toUpperCase();
  return compact.match(/.{1,4}/g)?.join('-') ?? compact;
}
