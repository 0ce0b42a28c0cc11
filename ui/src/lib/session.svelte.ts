// What the app knows about the vault and the user's settings, and the boot/unlock flow.
import { api, toApiError, type ApiError, type SettingsChange } from './api';
import type { AppStatus, Settings, UnlockRequest } from './bindings';
import { setLocale } from './i18n/index.svelte';
import { applyTheme, cachedLanguage, cachedTheme, cacheLanguage } from './prefs';

export type Phase = 'boot' | 'boot_error' | 'setup' | 'locked' | 'unlocked';
export type UnlockMethod = UnlockRequest['method'] | 'setup';

export class Session {
  phase = $state<Phase>('boot');
  status = $state<AppStatus | null>(null);
  settings = $state<Settings | null>(null);
  /** Why the app could not start (phase boot_error). */
  bootError = $state<ApiError | null>(null);
  /** Why the silent keyring unlock failed, shown on the unlock screen. */
  keyringError = $state<ApiError | null>(null);
  /** How this session was unlocked (null if it already was when the window opened). */
  unlockedWith = $state<UnlockMethod | null>(null);

  /** Reads the vault state and routes to setup, unlock or the app (trying the keyring silently). */
  async boot(): Promise<void> {
    this.phase = 'boot';
    this.bootError = null;
    applyTheme(cachedTheme());
    try {
      const status = await api.appStatus();
      this.status = status;
      setLocale(cachedLanguage() ?? status.os_language);
      if (status.phase === 'setup') {
        this.phase = 'setup';
      } else if (status.phase === 'unlocked') {
        await this.enter(status, null);
      } else if (!(status.protection === 'keyring' && (await this.tryKeyring()))) {
        this.phase = 'locked';
      }
    } catch (reason) {
      this.bootError = toApiError(reason);
      this.phase = 'boot_error';
    }
  }

  /** Tries the OS keyring; on failure remembers why and returns false. */
  async tryKeyring(): Promise<boolean> {
    try {
      const status = await api.unlock({ method: 'keyring' });
      this.keyringError = null;
      await this.enter(status, 'keyring');
      return true;
    } catch (reason) {
      this.keyringError = toApiError(reason);
      return false;
    }
  }

  /** Unlocks with a passphrase or recovery code; rejects with an ApiError and changes nothing on failure. */
  async unlock(request: UnlockRequest): Promise<void> {
    const status = await api.unlock(request);
    await this.enter(status, request.method);
  }

  /** Switches to the unlocked app, loading settings unless they are given. */
  async enter(status: AppStatus, method: UnlockMethod | null, settings?: Settings): Promise<void> {
    this.status = status;
    this.unlockedWith = method;
    try {
      this.applySettings(settings ?? (await api.getSettings()));
      this.phase = 'unlocked';
    } catch (reason) {
      this.bootError = toApiError(reason);
      this.phase = 'boot_error';
    }
  }

  async updateSettings(patch: SettingsChange): Promise<Settings> {
    const settings = await api.updateSettings(patch);
    this.applySettings(settings);
    return settings;
  }

  /** Refreshes what the status says about protection (after passphrase changes etc.). */
  async refreshStatus(): Promise<void> {
    this.status = await api.appStatus();
  }

  private applySettings(settings: Settings): void {
    this.settings = settings;
    cacheLanguage(settings.language);
    setLocale(settings.language ?? this.status?.os_language ?? 'en');
    applyTheme(settings.theme);
  }
}

export const session = new Session();
