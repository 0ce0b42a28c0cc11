import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { installBackend } from '../support/install';
import type { MockConfig, MockVault } from '../support/mock-backend';

const code = 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV';
const keyringVault: MockVault = { protection: 'keyring', passphrase: null, recoveryCode: code, keyringEntry: true };

async function openSettings(config: MockConfig = {}) {
  const backend = installBackend({ vault: { ...keyringVault }, settings: { recovery_code_confirmed: true }, ...config });
  const user = userEvent.setup();
  render(App);
  await user.click(await screen.findByTestId('nav-settings'));
  await screen.findByTestId('settings-protection');
  return { backend, user };
}

describe('settings', () => {
  it('marks the current page in the navigation and focuses its heading', async () => {
    await openSettings();
    expect(screen.getByTestId('nav-settings')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('nav-today')).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Settings');
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('shows how the data is protected', async () => {
    await openSettings();
    expect(screen.getByTestId('settings-protection')).toHaveTextContent('System keyring');
    expect(screen.getByTestId('settings-data-dir')).toHaveTextContent('/home/alex/.local/share/org.eyelevel.desktop');
    expect(screen.getByTestId('settings-database-file')).toHaveTextContent('eyelevel.db');
    expect(screen.getByTestId('settings-vault-file')).toHaveTextContent('vault.json');
    expect(screen.getByTestId('settings-cipher')).toHaveTextContent('SQLCipher');
    expect(screen.getByTestId('settings-kdf')).toHaveTextContent('Argon2id');
    expect(screen.getByTestId('settings-schema-version')).toHaveTextContent('1');
    expect(screen.getByTestId('settings-has-passphrase')).toHaveTextContent('Not set');
  });

  it('switches the language to German and re-renders everything', async () => {
    const { backend, user } = await openSettings();
    await user.click(screen.getByTestId('settings-language-de'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    expect(screen.getByTestId('nav-today')).toHaveTextContent('Heute');
    expect(screen.getByRole('heading', { level: 2, name: 'Sicherheit' })).toBeInTheDocument();
    expect(screen.getByTestId('settings-protection')).toHaveTextContent('Schlüsselbund des Systems');
    expect(document.documentElement.lang).toBe('de');
    expect(backend.settings.language).toBe('de');
    expect(backend.calls.findLast((c) => c.cmd === 'update_settings')?.args).toEqual({ patch: { language: 'de' } });

    await user.click(screen.getByTestId('settings-language-system'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(backend.calls.findLast((c) => c.cmd === 'update_settings')?.args).toEqual({ patch: { language: null } });
    expect(screen.getByTestId('settings-language-system')).toBeChecked();
  });

  it('follows a German OS when the language is "system"', async () => {
    await openSettings({ osLanguage: 'de' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Einstellungen');
    expect(screen.getByTestId('settings-language-system').closest('label')).toHaveTextContent('Wie im System (Deutsch)');
  });

  it('applies and saves the theme', async () => {
    const { backend, user } = await openSettings();
    await user.click(screen.getByTestId('settings-theme-dark'));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(backend.settings.theme).toBe('dark');
  });

  it('adds a passphrase, then changes it with the current one', async () => {
    const { backend, user } = await openSettings();
    const form = screen.getByTestId('settings-passphrase-form');
    expect(within(form).getByRole('heading')).toHaveTextContent('Add a passphrase');
    await user.type(screen.getByTestId('settings-new-passphrase'), 'first passphrase');
    await user.type(screen.getByTestId('settings-confirm-passphrase'), 'first passphrase');
    await user.click(screen.getByTestId('settings-passphrase-submit'));
    expect(await screen.findByText('Your passphrase has been added.')).toBeInTheDocument();
    expect(backend.vault?.passphrase).toBe('first passphrase');
    expect(screen.getByTestId('settings-has-passphrase')).toHaveTextContent('Set');

    await user.type(screen.getByTestId('settings-current-passphrase'), 'not it');
    await user.type(screen.getByTestId('settings-new-passphrase'), 'second passphrase');
    await user.type(screen.getByTestId('settings-confirm-passphrase'), 'second passphrase');
    await user.click(screen.getByTestId('settings-passphrase-submit'));
    expect(await screen.findByTestId('settings-current-passphrase-error')).toHaveTextContent("isn't right");
    expect(backend.vault?.passphrase).toBe('first passphrase');
  });

  it('creates a new recovery code only after confirming, and shows it once', async () => {
    const { backend, user } = await openSettings();
    await user.click(screen.getByTestId('settings-recovery-new'));
    await user.click(screen.getByTestId('settings-recovery-cancel'));
    expect(backend.vault?.recoveryCode).toBe(code);
    await user.click(screen.getByTestId('settings-recovery-new'));
    await user.click(screen.getByTestId('settings-recovery-confirm-yes'));
    const shown = await screen.findByTestId('settings-recovery-code');
    expect(shown).toHaveTextContent(backend.vault!.recoveryCode);
    expect(backend.vault?.recoveryCode).not.toBe(code);
    const done = screen.getByTestId('settings-recovery-done');
    expect(done).toBeDisabled();
    await user.click(screen.getByTestId('settings-recovery-stored'));
    await user.click(done);
    expect(await screen.findByText('Your new recovery code is active.')).toBeInTheDocument();
    expect(screen.queryByTestId('settings-recovery-code')).not.toBeInTheDocument();
    expect(backend.settings.recovery_code_confirmed).toBe(true);
  });

  it('explains the protection after a recovery-code unlock', async () => {
    installBackend({ vault: { ...keyringVault, keyringEntry: false }, settings: { recovery_code_confirmed: true } });
    const user = userEvent.setup();
    render(App);
    await user.type(await screen.findByTestId('unlock-recovery-input'), code);
    await user.click(screen.getByTestId('unlock-submit'));
    await user.click(await screen.findByTestId('recovery-unlock-settings'));
    expect(await screen.findByTestId('settings-after-recovery')).toHaveTextContent(
      'Your key is stored in the system keyring again',
    );
  });

  it('sets a new passphrase without the forgotten one after a recovery-code unlock', async () => {
    const forgotten: MockVault = { protection: 'passphrase', passphrase: 'long forgotten', recoveryCode: code, keyringEntry: false };
    const backend = installBackend({ vault: forgotten, settings: { recovery_code_confirmed: true } });
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('unlock-recovery-tab'));
    await user.type(await screen.findByTestId('unlock-recovery-input'), code);
    await user.click(screen.getByTestId('unlock-submit'));
    await user.click(await screen.findByTestId('nav-settings'));
    await screen.findByTestId('settings-passphrase-reset-lead');
    expect(screen.queryByTestId('settings-current-passphrase')).not.toBeInTheDocument();
    await user.type(screen.getByTestId('settings-new-passphrase'), 'brand new passphrase');
    await user.type(screen.getByTestId('settings-confirm-passphrase'), 'brand new passphrase');
    await user.click(screen.getByTestId('settings-passphrase-submit'));
    expect(await screen.findByText('Your passphrase has been changed.')).toBeInTheDocument();
    expect(backend.vault?.passphrase).toBe('brand new passphrase');
  });

  it('saves the time zone, with the system zone as the default', async () => {
    const { backend, user } = await openSettings();
    const select = screen.getByTestId('settings-time-zone-select') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.options[0]!.textContent).toBe(`System (${Intl.DateTimeFormat().resolvedOptions().timeZone})`);
    await user.selectOptions(select, 'America/New_York');
    await vi.waitFor(() => expect(backend.settings.time_zone).toBe('America/New_York'));
    expect(backend.calls.find((c) => c.cmd === 'update_settings')?.args).toEqual({ patch: { time_zone: 'America/New_York' } });
    expect(await screen.findByText('Time zone saved')).toBeInTheDocument();
    await user.selectOptions(select, '');
    await vi.waitFor(() => expect(backend.settings.time_zone).toBeNull());
  });
});
