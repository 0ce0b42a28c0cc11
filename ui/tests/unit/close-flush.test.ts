import { afterEach, describe, expect, it, vi } from 'vitest';

// The window API stands in for Tauri: it runs the handler like the real onCloseRequested does
// and then "destroys" the window.
const win = vi.hoisted(() => ({ events: [] as string[], close: null as (() => Promise<void>) | null }));
const events = win.events;
vi.mock('@tauri-apps/api/window', () => ({
  getCurrentWindow: () => ({
    onCloseRequested: async (handler: (event: unknown) => Promise<void>) => {
      win.close = async () => {
        await handler({ preventDefault() {} });
        win.events.push('destroyed');
      };
      return () => {
        win.close = null;
      };
    },
  }),
}));

// The test setup imported api.ts already (with the real window module): load a fresh copy.
vi.resetModules();
const { api } = await import('../../src/lib/api');
const { createAutosave } = await import('../../src/lib/autosave.svelte');
const { flushAll } = await import('../../src/lib/flush');

describe('flush on close', () => {
  afterEach(() => {
    vi.useRealTimers();
    events.length = 0;
  });

  it('saves pending edits before the window closes', async () => {
    const unlisten = await api.onCloseRequested(flushAll);
    const autosave = createAutosave(
      async (value: string) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        events.push(`saved ${value}`);
      },
      { delayMs: 60_000 },
    );
    autosave.schedule('last words');
    await win.close!();
    expect(events).toEqual(['saved last words', 'destroyed']);
    unlisten();
    await autosave.dispose();
  });

  it('closes after 2 s even when a save hangs', async () => {
    vi.useFakeTimers();
    const unlisten = await api.onCloseRequested(flushAll);
    const autosave = createAutosave(() => new Promise<void>(() => {}), { delayMs: 10 });
    autosave.schedule('stuck');
    const closing = win.close!();
    await vi.advanceTimersByTimeAsync(1999);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await closing;
    expect(events).toEqual(['destroyed']);
    unlisten();
  });

  it('is a no-op without a Tauri window', async () => {
    vi.resetModules();
    vi.doMock('@tauri-apps/api/window', () => ({
      getCurrentWindow: () => {
        throw new Error('no window');
      },
    }));
    const fresh = await import('../../src/lib/api');
    const unlisten = await fresh.api.onCloseRequested(async () => {});
    expect(typeof unlisten).toBe('function');
    unlisten();
  });
});
