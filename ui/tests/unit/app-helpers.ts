// Starts the whole app on an unlocked (keyring) vault with the given data, at a given page.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { installBackend } from '../support/install';
import type { MockBackend, MockConfig, MockVault } from '../support/mock-backend';

export const keyringVault: MockVault = {
  protection: 'keyring',
  passphrase: null,
  recoveryCode: 'K7QX-M2PD-ABCD-EFGH-JKLM-NPQR-STUV',
  keyringEntry: true,
};

export async function openApp(hash = '#/today', config: MockConfig = {}): Promise<{ backend: MockBackend; user: ReturnType<typeof userEvent.setup> }> {
  const backend = installBackend({ vault: { ...keyringVault }, settings: { recovery_code_confirmed: true, ...config.settings }, ...config });
  location.hash = hash;
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId('app-shell');
  return { backend, user };
}

/** Goes to another page the way a link does. */
export function go(hash: string): void {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * Makes one command fail once with the given error payload, like the core would: `field` is the
 * input struct's key the error is about (or null); leaving it out sends a payload without `field`.
 */
export function failOnce(backend: MockBackend, cmd: string, code: string, message: string, field?: string | null): void {
  const original = backend.handle.bind(backend);
  let armed = true;
  backend.handle = async (name: string, args: unknown) => {
    if (armed && name === cmd) {
      armed = false;
      backend.calls.push({ cmd: name, args });
      throw field === undefined ? { code, message } : { code, message, field };
    }
    return original(name, args);
  };
}
