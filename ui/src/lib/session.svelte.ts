// What the app knows about the vault and the user's settings, and the boot/unlock flow.
import { api, toApiError, type ApiError, type SettingsChange } from './api';
import type { AppStatus, ErrorCode, Settings, UnlockRequest } from './bindings';
import { setLocale } from './i18n/index.svelte';
import { applyTheme, cachedLanguage, cachedTheme, cacheLanguage } from './prefs';

/**
 * Where the app is: starting, setting up, locked, unlocked; `damaged` when the data could not be
 * opened because a file is damaged (see DAMAGE_CODES), `resume_setup` when it is unlocked but
 * setup had been interrupted before the recovery code was confirmed.
 */
export type Phase = 'boot' | 'boot_error' | 'setup' | 'locked' | 'damaged' | 'resume_setup' | 'unlocked';
export type UnlockMethod = UnlockRequest['method'] | 'setup';

/**
 * Failures to open the data that get a screen of their own instead of the unlock form or the
 * boot error: trying another passphrase can't help, and the user should know that nothing was
 * changed and what to do.
 */
export const DAMAGE_CODES: readonly ErrorCode[] = ['database_corrupt', 'vault_tampered'];

export function isDamage(error: ApiError): boolean {
  return DAMAGE_CODES.includes(error.code);
}

export class Session {
  phase = $state<Phase>('boot');
  status = $state<AppStatus | null>(null);
  settings = $state<Settings | null>(null);
  /** Why the app could not start (phase boot_error). */
  bootError = $state<ApiError | null>(null);
  /** Why the silent keyring unlock failed, shown on the unlock screen. */
  keyringError = $state<ApiError | null>(null);
  /** Why the data could not be opened (phase damaged): one of DAMAGE_CODES. */
  damage = $state<ApiError | null>(null);
  /** How this session was unlocked (null if it already was when the window opened). */
  unlockedWith = $state<UnlockMethod | null>(null);

  /** Reads the vault state and routes to setup, unlock or the app (trying the keyring silently). */
  async boot(): Promise<void> {
    this.phase = 'boot';
    this.bootError = null;
    this.damage = null;
    applyTheme(cachedTheme());
    // The language the user chose last time, already for a start that fails (the OS language
    // comes with the status).
    const cached = cachedLanguage();
    if (cached) setLocale(cached);
    try {
      const status = await api.appStatus();
      this.status = status;
      setLocale(cached ?? status.os_language);
      if (status.phase === 'setup') {
        this.phase = 'setup';
      } else if (status.phase === 'unlocked') {
        await this.enter(status, null);
      } else if (!(status.protection === 'keyring' && (await this.tryKeyring()))) {
        this.phase = 'locked';
      }
    } catch (reason) {
      this.failed(toApiError(reason));
    }
  }

  /**
   * Tries the OS keyring. True when that settled it: unlocked, or the data is damaged (its own
   * screen); on any other failure it remembers why and returns false.
   */
  async tryKeyring(): Promise<boolean> {
    let status: AppStatus;
    try {
      status = await api.unlock({ method: 'keyring' });
    } catch (reason) {
      const error = toApiError(reason);
      if (isDamage(error)) {
        this.showDamage(error);
        return true;
      }
      this.keyringError = error;
      return false;
    }
    this.keyringError = null;
    await this.enter(status, 'keyring');
    return true;
  }

  /**
   * Unlocks with a passphrase or recovery code; rejects with an ApiError and changes nothing on
   * failure, except that damaged data switches to its own screen (and resolves).
   */
  async unlock(request: UnlockRequest): Promise<void> {
    let status: AppStatus;
    try {
      status = await api.unlock(request);
    } catch (reason) {
      const error = toApiError(reason);
      if (!isDamage(error)) throw error;
      this.showDamage(error);
      return;
    }
    await this.enter(status, request.method);
  }

  /**
   * Switches to the unlocked app, loading settings unless they are given. An interrupted setup
   * first shows a new recovery code (phase resume_setup), unless the data is read-only: then
   * no new code can be stored, and the app opens for viewing.
   */
  async enter(status: AppStatus, method: UnlockMethod | null, settings?: Settings): Promise<void> {
    this.status = status;
    this.unlockedWith = method;
    try {
      this.applySettings(settings ?? (await api.getSettings()));
      this.phase = status.setup_unfinished && !status.read_only ? 'resume_setup' : 'unlocked';
    } catch (reason) {
      this.failed(toApiError(reason));
    }
  }

  /**
   * The recovery code was confirmed (update_settings with recovery_code_confirmed: true, which
   * also finishes an interrupted setup in the backend): on into the app.
   */
  async setupFinished(status: AppStatus, method: UnlockMethod | null, settings: Settings): Promise<void> {
    await this.enter({ ...status, setup_unfinished: false }, method, settings);
  }

  /** Shows why the app could not start: damaged data gets its own screen. */
  private failed(error: ApiError): void {
    if (isDamage(error)) {
      this.showDamage(error);
    } else {
      this.bootError = error;
      this.phase = 'boot_error';
    }
  }

  private showDamage(error: ApiError): void {
    this.damage = error;
    this.phase = 'damaged';
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
