// "Open search focused" (Ctrl/Cmd+K or "/"): the shortcut asks, the search page takes the request.
let requested = false;

export function requestSearchFocus(): void {
  requested = true;
}

/** True once after a request. */
export function takeSearchFocus(): boolean {
  const was = requested;
  requested = false;
  return was;
}

/** Whether a key press happens while typing (fields, the Markdown editor, any contenteditable). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
