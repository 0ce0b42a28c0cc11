import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '../../src/lib/autosave.svelte';
import { flushAll, registerFlush } from '../../src/lib/flush';

/** A save whose calls the test resolves or rejects one by one. */
function controlledSave() {
  const calls: { value: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const saved: string[] = [];
  let active = 0;
  let maxActive = 0;
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      calls.push({
        value,
        resolve: () => {
          active -= 1;
          saved.push(value);
          resolve();
        },
        reject: (e) => {
          active -= 1;
          reject(e);
        },
      });
    });
  return { save, calls, saved, maxActive: () => maxActive };
}

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => Promise.resolve());

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('debounces: saves only the newest value after the quiet time', async () => {
    const save = vi.fn(async (_value: string) => {});
    const autosave = createAutosave(save, { delayMs: 500 });
    expect(autosave.state).toBe('idle');
    autosave.schedule('a');
    autosave.schedule('ab');
    expect(autosave.state).toBe('dirty');
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    autosave.schedule('abc');
    await vi.advanceTimersByTimeAsync(500);
    expect(save.mock.calls).toEqual([['abc']]);
    expect(autosave.state).toBe('saved');
    expect(autosave.savedAt).toBeInstanceOf(Date);
    await autosave.dispose();
  });

  it('serialises saves and never drops the value typed during a save', async () => {
    const c = controlledSave();
    const autosave = createAutosave(c.save, { delayMs: 100 });
    autosave.schedule('one');
    await vi.advanceTimersByTimeAsync(100);
    expect(c.calls.map((call) => call.value)).toEqual(['one']);
    expect(autosave.state).toBe('saving');
    // Typing goes on while "one" is being saved.
    autosave.schedule('one two');
    await vi.advanceTimersByTimeAsync(100);
    autosave.schedule('one two three');
    await vi.advanceTimersByTimeAsync(100);
    // Still only one save in flight.
    expect(c.calls).toHaveLength(1);
    c.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.calls.map((call) => call.value)).toEqual(['one', 'one two three']);
    c.calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.saved).toEqual(['one', 'one two three']);
    expect(c.maxActive()).toBe(1);
    expect(autosave.state).toBe('saved');
    await autosave.dispose();
  });

  it('keeps the value on an error, shows it, and saves it on retry', async () => {
    const c = controlledSave();
    const autosave = createAutosave(c.save, { delayMs: 100 });
    autosave.schedule('draft');
    await vi.advanceTimersByTimeAsync(100);
    c.calls[0]!.reject(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state).toBe('error');
    expect(autosave.error).toEqual(new Error('disk full'));
    expect(autosave.pending).toBe(true);
    // No automatic hammering of a failing backend.
    await vi.advanceTimersByTimeAsync(5000);
    expect(c.calls).toHaveLength(1);
    const retried = autosave.retry();
    await tick();
    expect(c.calls.map((call) => call.value)).toEqual(['draft', 'draft']);
    c.calls[1]!.resolve();
    await retried;
    expect(autosave.state).toBe('saved');
    expect(autosave.error).toBeNull();
    expect(c.saved).toEqual(['draft']);
    await autosave.dispose();
  });

  it('a newer value after an error replaces the failed one', async () => {
    const c = controlledSave();
    const autosave = createAutosave(c.save, { delayMs: 100 });
    autosave.schedule('old');
    await vi.advanceTimersByTimeAsync(100);
    c.calls[0]!.reject(new Error('offline'));
    await vi.advanceTimersByTimeAsync(0);
    autosave.schedule('newer');
    expect(autosave.state).toBe('dirty');
    await vi.advanceTimersByTimeAsync(100);
    expect(c.calls.map((call) => call.value)).toEqual(['old', 'newer']);
    c.calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.saved).toEqual(['newer']);
    expect(autosave.state).toBe('saved');
    await autosave.dispose();
  });

  it('flush saves at once, waits for running saves, and flushAll reaches every autosave', async () => {
    const c = controlledSave();
    const first = createAutosave(c.save, { delayMs: 10_000 });
    const second = createAutosave(c.save, { delayMs: 10_000 });
    first.schedule('note');
    second.schedule('reflection');
    let done = false;
    const all = flushAll().then(() => (done = true));
    await tick();
    expect(c.calls.map((call) => call.value).sort()).toEqual(['note', 'reflection']);
    expect(done).toBe(false);
    c.calls[0]!.resolve();
    c.calls[1]!.resolve();
    await all;
    expect(done).toBe(true);
    expect(first.state).toBe('saved');
    expect(second.state).toBe('saved');
    // Nothing left: the timers do not save again.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(c.calls).toHaveLength(2);
    await first.dispose();
    await second.dispose();
  });

  it('flush never rejects, and a disposed autosave leaves flushAll', async () => {
    const save = vi.fn(async () => {
      throw new Error('nope');
    });
    const autosave = createAutosave(save, { delayMs: 100 });
    autosave.schedule('x');
    await expect(autosave.flush()).resolves.toBeUndefined();
    expect(autosave.state).toBe('error');
    await autosave.dispose();
    save.mockClear();
    await flushAll();
    expect(save).not.toHaveBeenCalled();
  });

  it('flushAll settles even when a flush throws', async () => {
    const ok = vi.fn();
    const off1 = registerFlush(() => {
      throw new Error('broken');
    });
    const off2 = registerFlush(ok);
    await expect(flushAll()).resolves.toBeUndefined();
    expect(ok).toHaveBeenCalledOnce();
    off1();
    off2();
  });
});
