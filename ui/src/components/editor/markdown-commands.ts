// Markdown formatting commands for the CodeMirror editor: inline marks (bold, italic, link)
// and line prefixes (heading, bullet, numbered, checkbox). Each is a StateCommand, so the
// toolbar, the keymap and the tests all run the same code on an EditorState.
import { EditorSelection, type EditorState, type StateCommand, type TransactionSpec } from '@codemirror/state';

export type LineFormat = 'heading' | 'bullet' | 'numbered' | 'checkbox';
export type Format = LineFormat | 'bold' | 'italic' | 'link';

// Any list or heading marker a line may already start with (after its indentation).
const ANY_PREFIX = /^(\s*)(#{1,6} |[-*+] \[[ xX]\] |[-*+] |\d+[.)] )?/;

const PREFIX_TEST: Record<LineFormat, RegExp> = {
  heading: /^#{1,6} $/,
  bullet: /^[-*+] $/,
  numbered: /^\d+[.)] $/,
  checkbox: /^[-*+] \[[ xX]\] $/,
};

function prefixFor(format: LineFormat, index: number): string {
  switch (format) {
    case 'heading':
      return '## ';
    case 'bullet':
      return '- ';
    case 'numbered':
      return `${index + 1}. `;
    case 'checkbox':
      return '- [ ] ';
  }
}

/** Adds `format`'s prefix to every selected line, or removes it when all lines have it already. */
export function toggleLinePrefix(format: LineFormat): StateCommand {
  return ({ state, dispatch }) => {
    const lines = selectedLines(state);
    const parsed = lines.map((number) => {
      const line = state.doc.line(number);
      const match = ANY_PREFIX.exec(line.text);
      const indent = match?.[1] ?? '';
      const marker = match?.[2] ?? '';
      return { line, indent, marker };
    });
    const allHave = parsed.every(({ marker }) => PREFIX_TEST[format].test(marker));
    const changes = parsed.map(({ line, indent, marker }, index) => ({
      from: line.from + indent.length,
      to: line.from + indent.length + marker.length,
      insert: allHave ? '' : prefixFor(format, index),
    }));
    const changeSet = state.changes(changes);
    // A cursor at the start of a line moves past the new prefix.
    const selection = state.selection.map(changeSet, 1);
    dispatch(state.update({ changes: changeSet, selection, scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

function selectedLines(state: EditorState): number[] {
  const numbers = new Set<number>();
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    // A selection ending at the very start of a line doesn't include that line.
    let last = state.doc.lineAt(range.to).number;
    if (last > first && state.doc.line(last).from === range.to) last -= 1;
    for (let n = first; n <= last; n += 1) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Wraps each selection in `mark` (or unwraps it when already wrapped); empty: inserts a pair. */
export function toggleInline(mark: string): StateCommand {
  return ({ state, dispatch }) => {
    const spec: TransactionSpec = state.changeByRange((range) => {
      const before = state.sliceDoc(range.from - mark.length, range.from);
      const after = state.sliceDoc(range.to, range.to + mark.length);
      if (before === mark && after === mark && !isLonger(state, range.from, range.to, mark)) {
        return {
          changes: [
            { from: range.from - mark.length, to: range.from },
            { from: range.to, to: range.to + mark.length },
          ],
          range: EditorSelection.range(range.from - mark.length, range.to - mark.length),
        };
      }
      return {
        changes: [
          { from: range.from, insert: mark },
          { from: range.to, insert: mark },
        ],
        range: EditorSelection.range(range.from + mark.length, range.to + mark.length),
      };
    });
    dispatch(state.update(spec, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

// "*" inside "**bold**" is not an italic wrapper: the character beyond the mark is the mark again.
function isLonger(state: EditorState, from: number, to: number, mark: string): boolean {
  const ch = mark[0];
  return state.sliceDoc(from - mark.length - 1, from - mark.length) === ch && state.sliceDoc(to + mark.length, to + mark.length + 1) === ch;
}

/** `[selection](url)` with "url" selected, or `[text](url)` with "text" selected when empty. */
export function insertLink(placeholderText = 'text', placeholderUrl = 'https://'): StateCommand {
  return ({ state, dispatch }) => {
    const spec = state.changeByRange((range) => {
      const label = state.sliceDoc(range.from, range.to);
      if (label) {
        const insert = `[${label}](${placeholderUrl})`;
        const urlFrom = range.from + label.length + 3;
        return {
          changes: { from: range.from, to: range.to, insert },
          range: EditorSelection.range(urlFrom, urlFrom + placeholderUrl.length),
        };
      }
      const insert = `[${placeholderText}](${placeholderUrl})`;
      return {
        changes: { from: range.from, insert },
        range: EditorSelection.range(range.from + 1, range.from + 1 + placeholderText.length),
      };
    });
    dispatch(state.update(spec, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

/** The command for a toolbar format (link texts come from the UI language). */
export function commandFor(format: Format, linkText?: string): StateCommand {
  switch (format) {
    case 'bold':
      return toggleInline('**');
    case 'italic':
      return toggleInline('*');
    case 'link':
      return insertLink(linkText);
    default:
      return toggleLinePrefix(format);
  }
}

/** Keyboard shortcuts (Mod = Ctrl, or Cmd on macOS), as CodeMirror key names. */
export const SHORTCUTS: Partial<Record<Format, string>> = {
  bold: 'Mod-b',
  italic: 'Mod-i',
  link: 'Mod-k',
  numbered: 'Mod-Shift-7',
  bullet: 'Mod-Shift-8',
  checkbox: 'Mod-Shift-9',
};
