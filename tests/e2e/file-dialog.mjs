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

function isOpen(id) {
  try {
    return xdotool('search', '--onlyvisible', '--name', '.').split('\n').includes(id);
  } catch {
    return false;
  }
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Types `path` into the dialog titled `title` and confirms. A save dialog has its name field
 * focused; an open dialog gets its location field with Ctrl+L (typing into it might start a
 * search instead, e.g. in "Recent"). A folder chooser (`folder`) opens the typed folder on the
 * first Enter and takes it on the second. A cold GTK can swallow the first keys, so when the
 * dialog is still up after Enter the answer is typed again.
 */
export async function answerFileDialog(title, path, { save = false, folder = false, timeout = 20000 } = {}) {
  const id = await findWindow(title, timeout);
  for (let attempt = 1; ; attempt++) {
    xdotool('windowfocus', '--sync', id);
    await pause(attempt * 700);
    if (!save) {
      xdotool('key', '--clearmodifiers', 'ctrl+l');
      await pause(500);
    }
    xdotool('key', '--clearmodifiers', 'ctrl+a');
    xdotool('type', '--delay', '25', path);
    await pause(500);
    xdotool('key', '--clearmodifiers', 'Return');
    if (folder) {
      // Enter on a folder's path opens that folder; a second one chooses it.
      await pause(800);
      if (isOpen(id)) xdotool('key', '--clearmodifiers', 'Return');
    }
    for (let waited = 0; waited < 5000 && isOpen(id); waited += 200) await pause(200);
    if (!isOpen(id)) return;
    if (attempt === 3) throw new Error(`the file dialog /${title}/ did not take ${path}`);
  }
}
