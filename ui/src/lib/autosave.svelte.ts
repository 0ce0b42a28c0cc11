// Debounced, serialised saving of one value (a note, a reflection). `schedule` on every change;
// saves run one at a time, always with the newest value, and nothing scheduled is ever dropped:
// a failed save keeps its value until a retry or a newer value succeeds.
import { registerFlush } from './flush';

export type AutosaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions {
  /** Quiet time after the last change before saving (default 500 ms). */
  delayMs?: number;
}

export interface Autosave<T> {
  /** Remembers `value` as the newest and saves it after the quiet time. */
  schedule(value: T): void;
  /** Saves what is pending now and waits for every save to finish (never rejects). */
  flush(): Promise<void>;
  /** After an error: saves the pending value again. */
  retry(): Promise<void>;
  /** Flushes and stops taking part in the close-time flush. */
  dispose(): Promise<void>;
  readonly state: AutosaveState;
  readonly savedAt: Date | null;
  readonly error: unknown;
  /** A value is waiting to be saved (scheduled, or failed). */
  readonly pending: boolean;
}

class AutosaveImpl<T> implements Autosave<T> {
  state = $state<AutosaveState>('idle');
  savedAt = $state<Date | null>(null);
  error = $state<unknown>(null);

  #save: (value: T) => Promise<void>;
  #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #next: { value: T } | null = null;
  #running: Promise<void> | null = null;
  #unregister: () => void;

  constructor(save: (value: T) => Promise<void>, delayMs: number) {
    this.#save = save;
    this.#delayMs = delayMs;
    this.#unregister = registerFlush(() => this.flush());
  }

  get pending(): boolean {
    return this.#next !== null;
  }

  schedule(value: T): void {
    this.#next = { value };
    if (this.state !== 'saving') this.state = 'dirty';
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#start();
    }, this.#delayMs);
  }

  async flush(): Promise<void> {
    this.#clearTimer();
    // A failed value is tried once more (closing the window, leaving the page, "retry").
    if (this.state === 'error' && this.#next) this.state = 'dirty';
    // Loop: a save may finish with a newer value waiting (scheduled meanwhile).
    while (this.#running || (this.#next && this.state !== 'error')) {
      await this.#start();
    }
  }

  retry(): Promise<void> {
    return this.flush();
  }

  async dispose(): Promise<void> {
    this.#unregister();
    await this.flush();
  }

  #clearTimer() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Starts the save loop unless it runs already; resolves when it stops. */
  #start(): Promise<void> {
    if (!this.#running) {
      this.#running = this.#loop().finally(() => {
        this.#running = null;
      });
    }
    return this.#running;
  }

  async #loop(): Promise<void> {
    while (this.#next) {
      const { value } = this.#next;
      const taken = this.#next;
      this.#next = null;
      this.state = 'saving';
      try {
        await this.#save(value);
        this.error = null;
        this.savedAt = new Date();
        if (!this.#next) this.state = 'saved';
        else if (this.#timer !== null) {
          // Still typing: the debounce timer starts the next save.
          this.state = 'dirty';
          return;
        }
      } catch (reason) {
        this.error = reason;
        // A newer value arrived meanwhile: it replaces the failed one, try it right away.
        if (this.#next) continue;
        // Keep the value for a retry.
        this.#next = taken;
        this.state = 'error';
        return;
      }
    }
  }
}

export function createAutosave<T>(save: (value: T) => Promise<void>, { delayMs = 500 }: AutosaveOptions = {}): Autosave<T> {
  return new AutosaveImpl(save, delayMs);
}
