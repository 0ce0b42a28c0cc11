// One polite live region for the whole shell: short confirmations ("Tandem paused", "Goal moved
// to position 2 of 3") are shown briefly and read out by screen readers.
const state = $state<{ message: string }>({ message: '' });

let timer: ReturnType<typeof setTimeout> | undefined;

export const announcer = {
  get message(): string {
    return state.message;
  },
};

/** Shows and announces a message; the same text twice in a row is announced twice. */
export function announce(message: string, visibleMs = 4000): void {
  clearTimeout(timer);
  state.message = '';
  // A fresh text node a moment later makes screen readers repeat identical messages.
  queueMicrotask(() => {
    state.message = message;
    timer = setTimeout(() => (state.message = ''), visibleMs);
  });
}

export function clearAnnouncement(): void {
  clearTimeout(timer);
  state.message = '';
}
