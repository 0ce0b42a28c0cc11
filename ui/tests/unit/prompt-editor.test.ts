import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/svelte';
import { openApp } from './app-helpers';
import { notesData } from './notes-support';

async function openPrompts(config = {}) {
  const app = await openApp('#/settings', config);
  const section = await screen.findByTestId('settings-prompts');
  await within(section).findByTestId('prompts-list');
  return { ...app, section };
}

const texts = (section: HTMLElement) => within(section).getAllByRole('textbox').map((input) => (input as HTMLInputElement).value);

describe('reflection prompt editor', () => {
  it('edits, adds, reorders and removes prompts, then saves them for the role', async () => {
    const { backend, user, section } = await openPrompts();
    expect(within(section).getByRole('heading', { name: 'Reflection prompts' })).toBeInTheDocument();
    expect(texts(section)).toEqual(['What did I learn?', 'What surprised me?', 'What will I try before we meet again?', 'How confident do I feel about the topic?']);
    expect(within(section).getByTestId('prompts-origin')).toHaveTextContent('Built-in prompts');
    expect(within(section).getByTestId('prompts-save')).toBeDisabled();

    const first = within(section).getByRole('textbox', { name: 'Prompt 1' });
    await user.clear(first);
    await user.type(first, 'What clicked today?');
    await user.click(within(section).getByTestId('prompts-add'));
    await user.type(within(section).getByRole('textbox', { name: 'Prompt 5' }), 'How energised am I?');
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Answer type for prompt 5' }), 'scale');
    await user.click(within(section).getByRole('button', { name: 'Move prompt 5 up' }));
    await user.click(within(section).getByRole('button', { name: 'Remove prompt 2' }));
    expect(texts(section)).toEqual(['What clicked today?', 'What will I try before we meet again?', 'How energised am I?', 'How confident do I feel about the topic?']);

    await user.click(within(section).getByTestId('prompts-save'));
    await waitFor(() => expect(within(section).getByTestId('prompts-status')).toHaveTextContent('Prompts saved'));
    expect(notesData(backend).promptSets?.mentee).toEqual([
      { kind: 'text', text: 'What clicked today?' },
      { kind: 'text', text: 'What will I try before we meet again?' },
      { kind: 'scale', text: 'How energised am I?' },
      { kind: 'scale', text: 'How confident do I feel about the topic?' },
    ]);
    expect(within(section).getByTestId('prompts-origin')).toHaveTextContent('Your own prompts');

    // The other role has its own set.
    await user.click(within(section).getByTestId('prompts-role-mentor'));
    await waitFor(() => expect(texts(section)[0]).toBe('What went well in explaining?'));
  });

  it('shows the built-in prompts in the new language after a language switch', async () => {
    const { user, section } = await openPrompts();
    expect(texts(section)[0]).toBe('What did I learn?');
    await user.click(screen.getByTestId('settings-language-de'));
    await waitFor(() => expect(texts(section)[0]).toBe('Was habe ich gelernt?'));
  });

  it('asks for every prompt text before saving', async () => {
    const { backend, user, section } = await openPrompts();
    await user.click(within(section).getByTestId('prompts-add'));
    await user.click(within(section).getByTestId('prompts-save'));
    const empty = within(section).getByRole('textbox', { name: 'Prompt 5' });
    expect(empty).toHaveAttribute('aria-invalid', 'true');
    expect(empty).toHaveAccessibleDescription('Please write the prompt, or remove it.');
    expect(backend.calls.some((c) => c.cmd === 'save_prompt_set')).toBe(false);
  });

  it('resets a customised set to the built-in prompts after confirming', async () => {
    const { backend, user, section } = await openPrompts();
    notesData(backend).promptSets = { mentee: [{ kind: 'text', text: 'Mine only' }] };
    await user.click(within(section).getByTestId('prompts-role-mentor'));
    await user.click(within(section).getByTestId('prompts-role-mentee'));
    await waitFor(() => expect(texts(section)).toEqual(['Mine only']));
    // The last prompt can't be removed.
    expect(within(section).getByRole('button', { name: 'Remove prompt 1' })).toBeDisabled();
    await user.click(within(section).getByTestId('prompts-reset'));
    const dialog = await screen.findByTestId('prompts-reset-dialog');
    await user.click(within(dialog).getByTestId('prompts-reset-dialog-confirm'));
    await waitFor(() => expect(texts(section)[0]).toBe('What did I learn?'));
    expect(notesData(backend).promptSets?.mentee).toBeUndefined();
    expect(within(section).getByTestId('prompts-status')).toHaveTextContent('Built-in prompts restored');
  });

  it('shows the built-in prompts in German', async () => {
    const { section } = await openPrompts({ settings: { language: 'de' } });
    await waitFor(() => expect(texts(section)[0]).toBe('Was habe ich gelernt?'));
    expect(within(section).getByRole('heading', { name: 'Fragen zur Reflexion' })).toBeInTheDocument();
  });
});
