import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks, resetSession } from '../support/install';

// jsdom has <dialog> but not its modal API: enough of it for the components (open/close events).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom does no layout: CodeMirror (the Markdown editor) measures text ranges; give it empty boxes.
if (typeof Range !== 'undefined' && !Range.prototype.getClientRects) {
  Range.prototype.getClientRects = function getClientRects() {
    return Object.assign([], { item: () => null }) as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return new DOMRect(0, 0, 0, 0);
  };
}

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
