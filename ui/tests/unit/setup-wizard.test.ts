import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ProtectionStep from '../../src/components/setup/ProtectionStep.svelte';
import RecoveryStep from '../../src/components/setup/RecoveryStep.svelte';
import { session } from '../../src/lib/session.svelte';
import { installBackend } from '../support/install';

function renderProtection(keyringAvailable = true) {
  const oncreated = vi.fn();
  const backend = installBackend({ keyringAvailable });
  render(ProtectionStep, { keyringAvailable, onback: vi.fn(), oncreated });
  return { backend, oncreated, user: userEvent.setup() };
}

describe('protection step', () => {
  it('preselects the keyring when one is available', () => {
    renderProtection(true);
    expect(screen.getByTestId('setup-keyring')).toBeChecked();
    expect(screen.getByText('Recommended')).toBeInTheDocument();
    expect(screen.queryByTestId('passphrase-input')).not.toBeInTheDocument();
  });

  it('disables the keyring with an explanation when none is available', () => {
    renderProtection(false);
    const keyring = screen.getByTestId('setup-keyring');
    expect(keyring).toBeDisabled();
    expect(keyring).toHaveAccessibleDescription(/No working system keyring was found/);
    expect(screen.getByTestId('setup-passphrase')).toBeChecked();
    expect(screen.getByTestId('passphrase-input')).toBeInTheDocument();
  });

  it('rejects a passphrase shorter than 8 characters without calling the backend', async () => {
    const { backend, user } = renderProtection();
    await user.click(screen.getByTestId('setup-passphrase'));
    await user.type(screen.getByTestId('passphrase-input'), 'short');
    await user.type(screen.getByTestId('passphrase-confirm'), 'short');
    await user.click(screen.getByTestId('setup-submit'));
    const input = screen.getByTestId('passphrase-input');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/needs at least 8 characters/);
    expect(input).toHaveFocus();
    expect(backend.calls.map((c) => c.cmd)).not.toContain('setup_vault');
  });

  it('counts characters, not bytes (8 umlauts are enough)', async () => {
    const { user, oncreated } = renderProtection();
    await user.click(screen.getByTestId('setup-passphrase'));
    await user.type(screen.getByTestId('passphrase-input'), 'äöüäöüäö');
    await user.type(screen.getByTestId('passphrase-confirm'), 'äöüäöüäö');
    await user.click(screen.getByTestId('setup-submit'));
    await vi.waitFor(() => expect(oncreated).toHaveBeenCalled());
  });

  it('rejects a confirmation that does not match', async () => {
    const { backend, user } = renderProtection();
    await user.click(screen.getByTestId('setup-passphrase'));
    await user.type(screen.getByTestId('passphrase-input'), 'correct horse battery');
    await user.type(screen.getByTestId('passphrase-confirm'), 'correct horse battery!');
    await user.click(screen.getByTestId('setup-submit'));
    const confirm = screen.getByTestId('passphrase-confirm');
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAccessibleDescription(/don't match/);
    expect(confirm).toHaveFocus();
    expect(screen.getByTestId('passphrase-input')).not.toHaveAttribute('aria-invalid');
    expect(backend.calls.map((c) => c.cmd)).not.toContain('setup_vault');
  });

  it('creates the vault with the passphrase', async () => {
    const { backend, user, oncreated } = renderProtection();
    await user.click(screen.getByTestId('setup-passphrase'));
    await user.type(screen.getByTestId('passphrase-input'), 'correct horse battery');
    await user.type(screen.getByTestId('passphrase-confirm'), 'correct horse battery');
    await user.click(screen.getByTestId('setup-submit'));
    await vi.waitFor(() => expect(oncreated).toHaveBeenCalledTimes(1));
    expect(backend.vault).toMatchObject({ protection: 'passphrase', passphrase: 'correct horse battery' });
  });

  it('creates a keyring vault without a passphrase', async () => {
    const { backend, user, oncreated } = renderProtection();
    await user.click(screen.getByTestId('setup-submit'));
    await vi.waitFor(() => expect(oncreated).toHaveBeenCalledTimes(1));
    expect(backend.calls.find((c) => c.cmd === 'setup_vault')?.args).toEqual({
      request: { protection: 'keyring', passphrase: null },
    });
  });

  it('shows a translated backend error', async () => {
    const { backend, user } = renderProtection();
    backend.vault = { protection: 'keyring', passphrase: null, recoveryCode: 'X', keyringEntry: true };
    await user.click(screen.getByTestId('setup-submit'));
    expect(await screen.findByTestId('setup-error')).toHaveTextContent('Eyelevel never overwrites existing data');
    expect(screen.getByRole('alert')).toBe(screen.getByTestId('setup-error'));
  });
});

describe('recovery code gate', () => {
  const code = 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV';

  it('keeps Continue disabled until the box is ticked, then confirms', async () => {
    const backend = installBackend({ vault: { protection: 'keyring', passphrase: null, recoveryCode: code, keyringEntry: true }, unlocked: true });
    const user = userEvent.setup();
    render(RecoveryStep, { code, status: backend.status() });
    expect(screen.getByTestId('recovery-code')).toHaveTextContent(code);
    const next = screen.getByTestId('recovery-continue');
    expect(next).toBeDisabled();
    await user.click(next);
    expect(backend.calls).toEqual([]);
    await user.click(screen.getByTestId('recovery-confirm'));
    expect(next).toBeEnabled();
    await user.click(screen.getByTestId('recovery-confirm'));
    expect(next).toBeDisabled();
    await user.click(screen.getByLabelText('I have stored this code somewhere safe'));
    await user.click(next);
    await vi.waitFor(() => expect(session.phase).toBe('unlocked'));
    expect(backend.calls.map((c) => c.cmd)).toEqual(['update_settings']);
    expect(backend.calls[0]?.args).toEqual({ patch: { recovery_code_confirmed: true } });
    expect(session.settings?.recovery_code_confirmed).toBe(true);
  });

  it('copies the code with the clipboard plugin', async () => {
    const backend = installBackend({ vault: { protection: 'keyring', passphrase: null, recoveryCode: code, keyringEntry: true }, unlocked: true });
    const user = userEvent.setup();
    render(RecoveryStep, { code, status: backend.status() });
    await user.click(screen.getByTestId('recovery-code-copy'));
    expect(await screen.findByText('Copied to the clipboard')).toBeInTheDocument();
    expect(backend.clipboard).toBe(code);
  });
});
