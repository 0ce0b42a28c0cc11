import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { MockBackend, type MockConfig } from './mock-backend';
import { session } from '../../src/lib/session.svelte';
import { setLocale } from '../../src/lib/i18n/index.svelte';

/** Routes every invoke() of the test to a fresh in-memory backend. */
export function installBackend(config: MockConfig = {}): MockBackend {
  const backend = new MockBackend(config);
  mockIPC((cmd, args) => backend.handle(cmd, args));
  return backend;
}

/** Puts the shared session back to its first state between tests. */
export function resetSession(): void {
  session.phase = 'boot';
  session.status = null;
  session.settings = null;
  session.bootError = null;
  session.keyringError = null;
  session.damage = null;
  session.unlockedWith = null;
  setLocale('en');
}

export { clearMocks };
