import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks, resetSession } from '../support/install';

// Svelte reports runtime misuse (non-reactive bindings, ownership, …) as console warnings:
// treat them as test failures.
let svelteWarnings: string[] = [];

beforeEach(() => {
  svelteWarnings = [];
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('[svelte]')) svelteWarnings.push(text);
    warn(...args);
  });
});

afterEach(() => {
  cleanup();
  clearMocks();
  resetSession();
  localStorage.clear();
  location.hash = '';
  expect(svelteWarnings, 'Svelte runtime warnings').toEqual([]);
});
