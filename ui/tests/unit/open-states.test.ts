// The ways opening the data can end besides the plain app: a damaged database or key file (their
// own screen instead of the unlock form), read-only data (a banner) and a setup that was
// interrupted before the recovery code was confirmed (a new code first).
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { session } from '../../src/lib/session.svelte';
import { cacheLanguage } from '../../src/lib/prefs';
import { installBackend } from '../support/install';
import type { MockConfig, MockVault } from '../support/mock-backend';
import { failOnce, go, keyringVault, openApp } from './app-helpers';

const code = 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV';
const passphraseVault: MockVault = { protection: 'passphrase', passphrase: 'correct horse battery', recoveryCode: code, keyringEntry: false };
const dataDir = '/home/alex/.local/share/org.eyelevel.desktop';

function start(config: MockConfig) {
  const backend = installBackend(config);
  const user = userEvent.setup();
  render(App);
  return { backend, user };
}

const commands = (backend: ReturnType<typeof installBackend>) => backend.calls.map((c) => c.cmd);

describe('a damaged database', () => {
  it('gets its own calm screen instead of the unlock form when the keyring opens it at start', async () => {
    const { backend, user } = start({ vault: { ...keyringVault }, damage: 'database_corrupt' });
    const damaged = await screen.findByTestId('damaged-screen');
    expect(screen.queryByTestId('unlock-screen')).not.toBeInTheDocument();
    expect(screen.queryByTestId('boot-error')).not.toBeInTheDocument();
    const heading = within(damaged).getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent("Your data couldn't be opened");
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByTestId('damaged-lead')).toHaveTextContent('The database file (eyelevel.db) is damaged');
    expect(screen.getByTestId('damaged-untouched')).toHaveTextContent('Eyelevel left the file exactly as it was: nothing was deleted or overwritten.');
    expect(screen.getByTestId('damaged-data-dir')).toHaveTextContent(dataDir);
    expect(within(damaged).getByRole('term')).toHaveTextContent('Your data folder');
    const steps = within(screen.getByTestId('damaged-steps')).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      "Keep eyelevel.db as it is. Please don't delete it or the data folder.",
      'If you have a backup of your data folder, restore eyelevel.db from it.',
      'For the details, run this command in a terminal: eyelevel doctor',
    ]);
    expect(screen.getByTestId('damaged-doctor').tagName).toBe('CODE');
    expect(within(damaged).getByRole('region', { name: 'What you can do' })).toBeInTheDocument();
    expect(backend.unlocked).toBe(false);

    // Once the file is back (restored from a backup), Try again opens the app.
    backend.damage = null;
    await user.click(screen.getByTestId('damaged-retry'));
    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
    expect(session.damage).toBeNull();
  });

  it('replaces the unlock form after the right passphrase; a wrong one is still just wrong', async () => {
    const { backend, user } = start({ vault: { ...passphraseVault }, damage: 'database_corrupt', osLanguage: 'de' });
    const input = await screen.findByTestId('unlock-passphrase');
    await user.type(input, 'wrong one{Enter}');
    expect(await screen.findByTestId('unlock-error')).toHaveTextContent('Dieses Passwort stimmt nicht');

    await user.clear(input);
    await user.type(input, 'correct horse battery{Enter}');
    const damaged = await screen.findByTestId('damaged-screen');
    expect(damaged).toHaveAttribute('data-code', 'database_corrupt');
    expect(screen.queryByTestId('unlock-screen')).not.toBeInTheDocument();
    expect(screen.queryByTestId('unlock-error')).not.toBeInTheDocument();
    expect(backend.unlocked).toBe(false);

    // Try again starts over: the unlock form, as the file is still damaged.
    await user.click(screen.getByTestId('damaged-retry'));
    expect(await screen.findByTestId('unlock-screen')).toBeInTheDocument();
    expect(commands(backend).filter((c) => c === 'app_status')).toHaveLength(2);
  });

  it('speaks German', async () => {
    start({ vault: { ...keyringVault }, damage: 'database_corrupt', osLanguage: 'de' });
    const damaged = await screen.findByTestId('damaged-screen');
    expect(within(damaged).getByRole('heading', { level: 1 })).toHaveTextContent('Deine Daten ließen sich nicht öffnen');
    expect(screen.getByTestId('damaged-untouched')).toHaveTextContent('Nichts wurde gelöscht oder überschrieben.');
    expect(screen.getByTestId('damaged-retry')).toHaveTextContent('Erneut versuchen');
  });
});

describe('a changed key file (vault_tampered)', () => {
  it('is explained at start, where even the state of the data folder could not be read', async () => {
    cacheLanguage('en');
    const { backend } = start({ vault: { ...passphraseVault }, damage: 'vault_tampered' });
    const damaged = await screen.findByTestId('damaged-screen');
    expect(damaged).toHaveAttribute('data-code', 'vault_tampered');
    expect(within(damaged).getByRole('heading', { level: 1 })).toHaveTextContent('The key file was changed');
    expect(screen.getByTestId('damaged-lead')).toHaveTextContent('The key file (vault.json) was changed outside Eyelevel or is damaged.');
    expect(screen.getByTestId('damaged-untouched')).toHaveTextContent('Nothing was opened or changed');
    expect(screen.getByTestId('damaged-steps')).toHaveTextContent('Restore vault.json from a backup of your data folder.');
    expect(screen.getByTestId('damaged-doctor')).toHaveTextContent('eyelevel doctor');
    // app_status itself failed: the folder is not known, so it isn't shown.
    expect(screen.queryByTestId('damaged-data-dir')).not.toBeInTheDocument();
    expect(commands(backend)).toEqual(['app_status']);
  });

  it('is explained after an unlock attempt too, with the data folder', async () => {
    const { backend, user } = start({ vault: { ...passphraseVault } });
    const input = await screen.findByTestId('unlock-passphrase');
    backend.damage = 'vault_tampered';
    await user.type(input, 'correct horse battery{Enter}');
    const damaged = await screen.findByTestId('damaged-screen');
    expect(damaged).toHaveAttribute('data-code', 'vault_tampered');
    expect(screen.getByTestId('damaged-data-dir')).toHaveTextContent(dataDir);
  });

  it('speaks the cached language (the OS language is not known yet)', async () => {
    cacheLanguage('de');
    start({ vault: { ...keyringVault }, damage: 'vault_tampered' });
    expect(await screen.findByTestId('damaged-screen')).toHaveTextContent('Die Schlüsseldatei wurde verändert');
  });
});

describe('read-only data', () => {
  it('shows a calm, persistent banner on every page and still shows the data', async () => {
    const { backend } = await openApp('#/today', { readOnly: true, withSample: true });
    const banner = await screen.findByTestId('read-only-notice');
    expect(banner).toHaveTextContent('Your data is read-only here');
    expect(banner).toHaveTextContent("You can look at everything, but changes can't be saved here.");
    expect(banner).not.toHaveAttribute('role');
    expect(screen.getByTestId('page-today')).toContainElement(banner);
    go('#/settings');
    await screen.findByTestId('settings-protection');
    expect(screen.getByTestId('read-only-notice')).toBeInTheDocument();
    go('#/tandems');
    expect(await screen.findByTestId('tandem-card')).toBeInTheDocument();
    expect(screen.getByTestId('read-only-notice')).toBeInTheDocument();
    expect(backend.status().read_only).toBe(true);
  });

  it('is not shown for writable data', async () => {
    await openApp('#/today');
    expect(screen.queryByTestId('read-only-notice')).not.toBeInTheDocument();
  });

  it('speaks German', async () => {
    await openApp('#/today', { readOnly: true, settings: { language: 'de' } });
    expect(await screen.findByTestId('read-only-notice')).toHaveTextContent('Deine Daten sind hier schreibgeschützt');
  });
});

describe('an interrupted setup', () => {
  const unfinished: MockConfig = { vault: { ...keyringVault }, setupUnfinished: true, settings: { recovery_code_confirmed: false } };

  it('shows a new recovery code after the keyring opens the data, before the app', async () => {
    const { backend, user } = start(unfinished);
    const resume = await screen.findByTestId('setup-resume');
    expect(screen.queryByTestId('app-shell')).not.toBeInTheDocument();
    await within(resume).findByTestId('recovery-code');
    expect(commands(backend)).toEqual(['app_status', 'unlock', 'get_settings', 'new_recovery_code']);
    const fresh = backend.vault!.recoveryCode;
    expect(fresh).not.toBe(keyringVault.recoveryCode);
    expect(screen.getByTestId('recovery-code')).toHaveTextContent(fresh);
    const heading = within(resume).getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Save your new recovery code');
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByTestId('setup-resume-reason')).toHaveTextContent(
      'Setting up Eyelevel was interrupted before you confirmed your recovery code, so here is a new one.',
    );

    expect(screen.getByTestId('recovery-continue')).toBeDisabled();
    await user.click(screen.getByTestId('recovery-confirm'));
    await user.click(screen.getByTestId('recovery-continue'));
    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
    expect(backend.calls.find((c) => c.cmd === 'update_settings')?.args).toEqual({ patch: { recovery_code_confirmed: true } });
    expect(backend.setupUnfinished).toBe(false);
    expect(session.unlockedWith).toBe('keyring');
    expect(session.status?.setup_unfinished).toBe(false);
    // Confirmed: no reminder about an unconfirmed code.
    expect(screen.queryByTestId('recovery-unconfirmed-notice')).not.toBeInTheDocument();
  });

  it('shows it after the unlock form too, in German', async () => {
    const { backend, user } = start({ ...unfinished, vault: { ...passphraseVault }, settings: { recovery_code_confirmed: false, language: 'de' } });
    await user.type(await screen.findByTestId('unlock-passphrase'), 'correct horse battery{Enter}');
    const resume = await screen.findByTestId('setup-resume');
    await within(resume).findByTestId('recovery-code');
    expect(within(resume).getByRole('heading', { level: 1 })).toHaveTextContent('Speichere deinen neuen Wiederherstellungscode');
    expect(screen.getByTestId('setup-resume-reason')).toHaveTextContent('Die Einrichtung von Eyelevel wurde unterbrochen');
    await user.click(screen.getByTestId('recovery-confirm'));
    await user.click(screen.getByTestId('recovery-continue'));
    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
    expect(session.unlockedWith).toBe('passphrase');
    expect(backend.setupUnfinished).toBe(false);
  });

  it('offers Try again when no new code could be made', async () => {
    const backend = installBackend(unfinished);
    failOnce(backend, 'new_recovery_code', 'disk_full', 'The disk is full');
    const user = userEvent.setup();
    render(App);
    const error = await screen.findByTestId('setup-resume-error');
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent("Eyelevel couldn't create a new recovery code.");
    expect(error).toHaveTextContent('The disk is full');
    expect(screen.queryByTestId('app-shell')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('setup-resume-retry'));
    expect(await screen.findByTestId('recovery-code')).toHaveTextContent(backend.vault!.recoveryCode);
  });

  it('opens read-only data for viewing: no new code can be stored there', async () => {
    const { backend } = start({ ...unfinished, readOnly: true });
    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
    expect(screen.getByTestId('read-only-notice')).toBeInTheDocument();
    expect(commands(backend)).not.toContain('new_recovery_code');
  });

  it('does not come back after the wizard confirmed the first code', async () => {
    const { backend, user } = start({});
    await user.click(await screen.findByTestId('setup-start'));
    await user.click(await screen.findByTestId('setup-submit'));
    await screen.findByTestId('setup-recovery');
    expect(backend.setupUnfinished).toBe(true);
    expect(backend.status().setup_unfinished).toBe(true);
    await user.click(screen.getByTestId('recovery-confirm'));
    await user.click(screen.getByTestId('recovery-continue'));
    expect(await screen.findByTestId('app-shell')).toBeInTheDocument();
    expect(backend.setupUnfinished).toBe(false);
    expect(commands(backend)).not.toContain('new_recovery_code');
  });
});
