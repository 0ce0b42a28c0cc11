import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { session } from '../../src/lib/session.svelte';
import { installBackend } from '../support/install';
import type { MockVault } from '../support/mock-backend';

const code = 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV';
const passphraseVault: MockVault = { protection: 'passphrase', passphrase: 'correct horse battery', recoveryCode: code, keyringEntry: false };
const keyringVault: MockVault = { protection: 'keyring', passphrase: null, recoveryCode: code, keyringEntry: true };

describe('boot and unlock', () => {
  it('shows the wizard when there is no vault', async () => {
    installBackend();
    render(App);
    expect(await screen.findByTestId('setup-welcome')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome to Eyelevel');
  });

  it('opens a keyring vault silently', async () => {
    const backend = installBackend({ vault: { ...keyringVault } });
    render(App);
    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
    // Boot is exactly these three calls; then the Today page asks for the tandems and its view,
    // and the shell for the reminder inbox and status (the sidebar's unread count) and for the
    // route of a notification clicked while the window was closed.
    expect(backend.calls.map((c) => c.cmd).slice(0, 3)).toEqual(['app_status', 'unlock', 'get_settings']);
    await vi.waitFor(() => expect(backend.calls.map((c) => c.cmd).slice(3).sort()).toEqual(['list_tandems', 'reminder_inbox', 'reminder_status', 'take_open_route', 'today']));
    expect(screen.queryByTestId('unlock-screen')).not.toBeInTheDocument();
    expect(session.unlockedWith).toBe('keyring');
  });

  it('explains a failed keyring unlock and offers the recovery code', async () => {
    installBackend({ vault: { ...keyringVault, keyringEntry: false } });
    render(App);
    const reason = await screen.findByTestId('unlock-keyring-reason');
    expect(reason).toHaveTextContent("couldn't open your data with the system keyring");
    expect(reason).toHaveTextContent('no longer holds the key');
    // No passphrase holder: only the recovery code is offered, without tabs.
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(screen.getByTestId('unlock-recovery-input')).toHaveFocus();
  });

  it('shows a wrong passphrase inline, keeps focus and the input, and changes nothing else', async () => {
    const backend = installBackend({ vault: { ...passphraseVault } });
    const user = userEvent.setup();
    render(App);
    const input = await screen.findByTestId('unlock-passphrase');
    expect(input).toHaveFocus();
    await user.type(input, 'wrong one{Enter}');
    const error = await screen.findByTestId('unlock-error');
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent("That passphrase isn't right");
    expect(input).toHaveFocus();
    expect(input).toHaveValue('wrong one');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('unlock-screen')).toBeInTheDocument();
    expect(backend.unlocked).toBe(false);

    await user.clear(input);
    await user.type(input, 'correct horse battery');
    await user.click(screen.getByTestId('unlock-submit'));
    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
    expect(session.unlockedWith).toBe('passphrase');
  });

  it('unlocks with the recovery code tab and says so in the shell', async () => {
    installBackend({ vault: { ...passphraseVault } });
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('unlock-recovery-tab'));
    expect(screen.getByTestId('unlock-recovery-tab')).toHaveAttribute('aria-selected', 'true');
    const input = screen.getByTestId('unlock-recovery-input');
    expect(input).toHaveFocus();
    await user.type(input, 'nope{Enter}');
    expect(await screen.findByTestId('unlock-error')).toHaveTextContent("doesn't look like a recovery code");
    await user.clear(input);
    await user.type(input, code.toLowerCase().replace(/-/g, ' '));
    await user.click(screen.getByTestId('unlock-submit'));
    expect(await screen.findByTestId('recovery-unlock-notice')).toBeInTheDocument();
    expect(session.unlockedWith).toBe('recovery_code');
  });

  it('switches unlock tabs with the arrow keys', async () => {
    installBackend({ vault: { ...passphraseVault } });
    const user = userEvent.setup();
    render(App);
    const tab = await screen.findByTestId('unlock-passphrase-tab');
    tab.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('unlock-recovery-tab')).toHaveFocus();
    expect(screen.getByTestId('unlock-recovery-tab')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('unlock-recovery-input')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('unlock-passphrase-tab')).toHaveFocus();
  });

  it('shows a boot error with a retry', async () => {
    const backend = installBackend();
    const handle = backend.handle.bind(backend);
    let fail = true;
    backend.handle = (cmd, args) => (fail ? Promise.reject({ code: 'io', message: 'disk' }) : handle(cmd, args));
    const user = userEvent.setup();
    render(App);
    expect(await screen.findByTestId('boot-error')).toHaveTextContent("couldn't read or write a file");
    fail = false;
    await user.click(screen.getByTestId('boot-retry'));
    await vi.waitFor(() => expect(screen.getByTestId('setup-welcome')).toBeInTheDocument());
  });
});
