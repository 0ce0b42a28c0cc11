import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/lib/api';
import { catalogueKeys, errorKey, formatNumber, getLocale, setLocale, t } from '../../src/lib/i18n/index.svelte';
import de from '../../src/lib/i18n/de.json';
import en from '../../src/lib/i18n/en.json';
import journalDe from '../../src/lib/i18n/journal.de.json';
import journalEn from '../../src/lib/i18n/journal.en.json';

describe('i18n catalogues', () => {
  it('de and en have exactly the same keys', () => {
    expect(catalogueKeys('de')).toEqual(catalogueKeys('en'));
  });

  it('the journal catalogues hold only "journal" and "search", the same keys in both, merged in', () => {
    expect(Object.keys(journalEn).sort()).toEqual(['journal', 'search']);
    expect(Object.keys(journalDe).sort()).toEqual(['journal', 'search']);
    expect(Object.keys(en)).not.toContain('journal');
    expect(Object.keys(en)).not.toContain('search');
    const keys = catalogueKeys('en');
    expect(keys.filter((k) => k.startsWith('journal.') || k.startsWith('search.')).length).toBeGreaterThan(50);
    expect(catalogueKeys('de').filter((k) => k.startsWith('journal.') || k.startsWith('search.'))).toEqual(
      keys.filter((k) => k.startsWith('journal.') || k.startsWith('search.')),
    );
  });

  it('has a non-empty message for every ErrorCode in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(en.errors[code], `en errors.${code}`).toMatch(/\S/);
      expect(de.errors[code], `de errors.${code}`).toMatch(/\S/);
    }
    expect(Object.keys(en.errors).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('has no empty strings and no untranslated German copies of long English texts', () => {
    const keys = catalogueKeys('en');
    setLocale('en');
    const english = new Map(keys.map((k) => [k, t(k as never)]));
    setLocale('de');
    const identical = keys.filter((k) => t(k as never) === english.get(k) && (english.get(k)?.length ?? 0) > 12);
    for (const k of keys) expect(t(k as never), k).toMatch(/\S/);
    expect(identical).toEqual([]);
  });

  it('uses the same {placeholders} in both languages', () => {
    for (const key of catalogueKeys('en')) {
      setLocale('en');
      const a = t(key as never).match(/\{\w+\}/g) ?? [];
      setLocale('de');
      const b = t(key as never).match(/\{\w+\}/g) ?? [];
      expect(b.sort(), key).toEqual(a.sort());
    }
  });
});

describe('t()', () => {
  it('interpolates parameters and follows the locale', () => {
    setLocale('en');
    expect(t('setup.step', { current: 2, total: 3 })).toBe('Step 2 of 3');
    setLocale('de');
    expect(getLocale()).toBe('de');
    expect(t('setup.step', { current: 2, total: 3 })).toBe('Schritt 2 von 3');
    expect(document.documentElement.lang).toBe('de');
  });

  it('maps unknown error codes to the internal message', () => {
    setLocale('en');
    expect(errorKey('wrong_passphrase')).toBe('errors.wrong_passphrase');
    expect(errorKey('something_new')).toBe('errors.internal');
  });

  it('formats numbers for the locale', () => {
    setLocale('de');
    expect(formatNumber(12345.5)).toBe('12.345,5');
    setLocale('en');
    expect(formatNumber(12345.5)).toBe('12,345.5');
  });
});
