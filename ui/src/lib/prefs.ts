// Theme on <html> and a small cache of the last language/theme, so the screens shown before
// unlocking (when settings cannot be read yet) already look and speak the way the user chose.
// Nothing secret is stored here: only "de"/"en" and "system"/"light"/"dark".
import type { Language, Theme } from './bindings';

const LANGUAGE_KEY = 'eyelevel.language';
const THEME_KEY = 'eyelevel.theme';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  storage()?.setItem(THEME_KEY, theme);
}

export function cachedTheme(): Theme {
  const value = storage()?.getItem(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The user's explicit language choice, or null to follow the OS. */
export function cacheLanguage(language: Language | null): void {
  if (language) storage()?.setItem(LANGUAGE_KEY, language);
  else storage()?.removeItem(LANGUAGE_KEY);
}

export function cachedLanguage(): Language | null {
  const value = storage()?.getItem(LANGUAGE_KEY);
  return value === 'de' || value === 'en' ? value : null;
}
