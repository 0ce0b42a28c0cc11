import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { EditorSelection, EditorState, type StateCommand } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import MarkdownEditor from '../../src/components/editor/MarkdownEditor.svelte';
import { commandFor, type Format } from '../../src/components/editor/markdown-commands';

/** Runs a command on `doc` where `«` `»` mark the selection (or `|` the cursor). */
function apply(command: StateCommand, marked: string): string {
  const from = marked.includes('|') ? marked.indexOf('|') : marked.indexOf('«');
  const plain = marked.replace(/[|«»]/g, '');
  const to = marked.includes('|') ? from : marked.indexOf('»') - 1;
  let state = EditorState.create({ doc: plain, selection: EditorSelection.range(from, to) });
  command({ state, dispatch: (tr) => (state = tr.state) });
  const sel = state.selection.main;
  const doc = state.doc.toString();
  if (sel.empty) return `${doc.slice(0, sel.from)}|${doc.slice(sel.from)}`;
  return `${doc.slice(0, sel.from)}«${doc.slice(sel.from, sel.to)}»${doc.slice(sel.to)}`;
}

const run = (format: Format, marked: string) => apply(commandFor(format, 'text'), marked);

describe('Markdown commands', () => {
  it('wraps, inserts and unwraps bold and italic', () => {
    expect(run('bold', 'say «hello» now')).toBe('say **«hello»** now');
    expect(run('bold', 'say **«hello»** now')).toBe('say «hello» now');
    expect(run('bold', 'x|')).toBe('x**|**');
    expect(run('italic', 'an «idea»')).toBe('an *«idea»*');
    expect(run('italic', 'an *«idea»*')).toBe('an «idea»');
    // Italic inside bold does not unwrap the bold marks.
    expect(run('italic', '**«b»**')).toBe('***«b»***');
  });

  it('toggles line prefixes over all selected lines', () => {
    expect(run('bullet', '«one\ntwo»')).toBe('- «one\n- two»');
    expect(run('bullet', '- «one\n- two»')).toBe('«one\ntwo»');
    expect(run('numbered', '«a\nb\nc»')).toBe('1. «a\n2. b\n3. c»');
    expect(run('checkbox', 'buy |milk')).toBe('- [ ] buy |milk');
    expect(run('checkbox', '- [ ] buy |milk')).toBe('buy |milk');
    // Another list kind is replaced, not nested.
    expect(run('checkbox', '- |task')).toBe('- [ ] |task');
    expect(run('heading', 'Title|')).toBe('## Title|');
    expect(run('heading', '## Title|')).toBe('Title|');
    // Indentation stays.
    expect(run('bullet', '  |nested')).toBe('  - |nested');
  });

  it('inserts links around the selection or with placeholder text', () => {
    expect(run('link', 'see «docs»')).toBe('see [docs](«https://»)');
    expect(run('link', 'see |')).toBe('see [«text»](https://)');
  });
});

describe('MarkdownEditor', () => {
  function setup(value = '') {
    const onchange = vi.fn();
    const result = render(MarkdownEditor, { props: { value, label: 'Meeting notes', onchange, testid: 'ed' } });
    const content = screen.getByRole('textbox', { name: 'Meeting notes' });
    const view = EditorView.findFromDOM(content.closest('.cm-editor') as HTMLElement)!;
    return { ...result, onchange, content, view };
  }

  it('is a labelled textbox with a labelled toolbar, and shows the value', () => {
    const { content } = setup('# Hello');
    expect(content).toHaveAttribute('data-testid', 'ed');
    expect(content).toHaveTextContent('# Hello');
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting for Meeting notes' });
    const names = [...toolbar.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Heading', 'Bold', 'Italic', 'Bulleted list', 'Numbered list', 'Checklist item', 'Link']);
    expect(screen.getByTestId('ed-bold')).toHaveAttribute('title', 'Bold (Ctrl+B)');
    expect(screen.getByTestId('ed-checkbox')).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+9');
    // One tab stop for the whole toolbar.
    expect([...toolbar.querySelectorAll('button')].filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it('formats through the toolbar and reports the new Markdown', async () => {
    const user = userEvent.setup();
    const { view, onchange } = setup('plan');
    view.dispatch({ selection: EditorSelection.range(0, 4) });
    await user.click(screen.getByTestId('ed-bold'));
    expect(onchange).toHaveBeenLastCalledWith('**plan**');
    await user.click(screen.getByTestId('ed-checkbox'));
    expect(onchange).toHaveBeenLastCalledWith('- [ ] **plan**');
  });

  it('runs the keyboard shortcuts and continues lists on Enter', () => {
    const { view, onchange, content } = setup('- first');
    view.dispatch({ selection: EditorSelection.cursor(7) });
    // Enter through the editor's keymap (insertNewlineContinueMarkup).
    content.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    expect(onchange).toHaveBeenLastCalledWith('- first\n- ');
    view.dispatch({ selection: EditorSelection.cursor(view.state.doc.length) });
    content.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', keyCode: 66, ctrlKey: true, bubbles: true, cancelable: true }));
    expect(onchange).toHaveBeenLastCalledWith('- first\n- ****');
    const shortcut = new KeyboardEvent('keydown', { key: '&', code: 'Digit7', keyCode: 55, ctrlKey: true, shiftKey: true, bubbles: true, cancelable: true });
    content.dispatchEvent(shortcut);
    expect(shortcut.defaultPrevented).toBe(true);
    expect(onchange).toHaveBeenLastCalledWith('- first\n1. ****');
  });

  it('takes over a new value from outside without reporting it back', async () => {
    const { rerender, onchange, content } = setup('old');
    await rerender({ value: 'new text' });
    expect(content).toHaveTextContent('new text');
    expect(onchange).not.toHaveBeenCalled();
  });

  it('moves through the toolbar with the arrow keys', async () => {
    const user = userEvent.setup();
    setup();
    screen.getByTestId('ed-heading').focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('ed-bold')).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByTestId('ed-link')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('ed-heading')).toHaveFocus();
  });
});
