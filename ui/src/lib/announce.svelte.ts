// One polite live region for the whole shell: short confirmations ("Tandem paused", "Goal moved
// to position 2 of 3") are shown briefly and read out by screen readers. A message about
// something that went wrong by itself (a file dropped on the window was refused) has the tone
// "problem": shown longer, with a warning sign instead of the check mark.
export type AnnounceTone = 'done' | 'problem';

const state = $state<{ message: string; tone: AnnounceTone }>({ message: '', tone: 'done' });

let timer: ReturnType<typeof setTimeout> | undefined;

export const announcer = {
  get message(): string {
    return state.message;
  },
  get tone(): AnnounceTone {
    return state.tone;
  },
};

/** Shows and announces a message; the same text twice in a row is announced twice. */
export function announce(message: string, visibleMs = 4000, tone: AnnounceTone = 'done'): void {
  clearTimeout(timer);
  state.message = '';
  // A fresh text node a moment later makes screen readers repeat identical messages.
  queueMicrotask(() => {
    state.message = message;
    state.tone = tone;
    timer = setTimeout(() => (state.message = ''), visibleMs);
  });
}

export function clearAnnouncement(): void {
  clearTimeout(timer);
  state.message = '';
}
