// Answers the system file dialog (GTK's file chooser, its own top-level window) the way a
// person does: type a path into it and press Enter. xdotool drives the X server directly,
// because WebDriver only reaches the web view.
import { execFileSync } from 'node:child_process';

function xdotool(...args) {
  return execFileSync('xdotool', args, { encoding: 'utf8' }).trim();
}

/** Waits for a visible window whose title matches `title` (a regex); returns its id. */
async function findWindow(title, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const ids = xdotool('search', '--onlyvisible', '--name', title).split('\n').filter(Boolean);
      if (ids.length > 0) return ids[ids.length - 1];
    } catch {
      // xdotool exits 1 while nothing matches.
    }
    if (Date.now() > deadline) throw new Error(`no file dialog titled /${title}/ appeared`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Types `path` into the dialog titled `title` and confirms. In a save dialog the name field
 * has focus (its text is replaced); in an open dialog typing "/" opens the location field.
 */
export async function answerFileDialog(title, path, { save = false, timeout = 20000 } = {}) {
  const id = await findWindow(title, timeout);
  xdotool('windowfocus', '--sync', id);
  await new Promise((resolve) => setTimeout(resolve, 400));
  if (save) xdotool('key', '--clearmodifiers', 'ctrl+a');
  xdotool('type', '--delay', '25', path);
  await new Promise((resolve) => setTimeout(resolve, 300));
  xdotool('key', '--clearmodifiers', 'Return');
}
