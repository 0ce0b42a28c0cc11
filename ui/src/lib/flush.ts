// Pending edits that must reach the backend before the window closes: every autosave registers
// its flush here, and the close handler (api.onCloseRequested, installed at start) runs them all.

type Flush = () => Promise<void> | void;

const flushes = new Set<Flush>();

/** Registers a flush; returns the function that removes it again. */
export function registerFlush(fn: Flush): () => void {
  flushes.add(fn);
  return () => {
    flushes.delete(fn);
  };
}

/** Runs every registered flush at once; resolves when all settled (a failure never blocks). */
export async function flushAll(): Promise<void> {
  await Promise.allSettled(
    [...flushes].map(async (fn) => {
      await fn();
    }),
  );
}
