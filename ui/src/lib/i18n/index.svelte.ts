// Tiny typed i18n: `t('setup.welcome.title')`, `t('setup.step', { current: 1, total: 3 })`.
// The locale is rune state, so every template that calls t() re-renders when it changes.
import type { Language } from '../bindings';
import deMain from './de.json';
import enMain from './en.json';
import deJournal from './journal.de.json';
import enJournal from './journal.en.json';
import deCalendar from './calendar.de.json';
import enCalendar from './calendar.en.json';
import deReminders from './reminders.de.json';
import enReminders from './reminders.en.json';

// The journal and search texts live in their own pair of files (top-level "journal", "search"),
// the calendar texts too (top-level "calendar"), and the reminder texts (top-level "reminders").
const en = { ...enMain, ...enJournal, ...enCalendar, ...enReminders };
const de = { ...deMain, ...deJournal, ...deCalendar, ...deReminders };

type Messages = typeof en;

/** Dotted paths to every string leaf of the English catalogue ("errors.locked", …). */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
/** Keys with plural forms: `foo.one` / `foo.other` in both catalogues → "foo". */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
export type Params = Record<string, string | number>;

// de.json must have exactly the same shape as en.json (also asserted by a unit test).
const catalogues: Record<Language, Messages> = { en, de: de satisfies Messages };

export const LANGUAGES: readonly Language[] = ['de', 'en'];

const state = $state<{ locale: Language }>({ locale: 'en' });

export function getLocale(): Language {
  return state.locale;
}

export function setLocale(locale: Language): void {
  state.locale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function t(key: MessageKey, params?: Params): string {
  const text = lookup(catalogues[state.locale], key) ?? lookup(en, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** A message in its plural form for `count` (CLDR rules; de and en need "one" and "other"). */
export function tp(key: PluralKey, count: number, params: Params = {}): string {
  const rule = new Intl.PluralRules(intlLocale()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${rule}` as MessageKey, { count, ...params });
}

/** BCP 47 tag for Intl: the OS's own regional variant when it speaks that language. */
export function intlLocale(locale: Language = state.locale): string {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages ?? [];
  const regional = preferred.find((tag) => tag.toLowerCase().startsWith(`${locale}-`));
  return regional ?? (locale === 'de' ? 'de-DE' : 'en-GB');
}

export function formatNumber(value: number | bigint): string {
  return new Intl.NumberFormat(intlLocale()).format(value);
}

export function formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'full' }): string {
  return new Intl.DateTimeFormat(intlLocale(), options).format(date);
}

/** A calendar day ("YYYY-MM-DD", no time zone) in the UI locale, e.g. "3 Mar 2026" / "03.03.2026". */
export function formatDay(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return formatDate(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])), options);
}

/** An instant (RFC 3339, UTC) in local time, e.g. "3 Mar 2026, 14:05". */
export function formatInstant(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date, options);
}

/** Key of the translated message for a backend error code. */
export function errorKey(code: string): MessageKey {
  return (`errors.${code}` in flatKeys ? `errors.${code}` : 'errors.internal') as MessageKey;
}

function flatten(node: unknown, prefix: string, out: Record<string, true>): Record<string, true> {
  if (typeof node === 'string') out[prefix] = true;
  else if (typeof node === 'object' && node !== null)
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const flatKeys = flatten(en, '', {});

/** Every key of a catalogue, for the parity test. */
export function catalogueKeys(locale: Language): string[] {
  return Object.keys(flatten(catalogues[locale], '', {})).sort();
}
