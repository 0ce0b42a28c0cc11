// The only module that talks to the Rust backend. Components import these typed wrappers;
// nothing else calls `invoke` (mockIPC from @tauri-apps/api/mocks replaces it in tests).
import { invoke } from '@tauri-apps/api/core';
import { writeText } from '@tauri-apps/plugin-clipboard-manager';
import type {
  AppStatus,
  ChangePassphraseRequest,
  ErrorCode,
  SecurityInfo,
  Settings,
  SettingsPatch,
  SetupRequest,
  SetupResult,
  UnlockRequest,
} from './bindings';

/** Every ErrorCode the backend can send, in contract order. */
export const ERROR_CODES = [
  'wrong_passphrase',
  'wrong_recovery_code',
  'invalid_recovery_code',
  'passphrase_too_short',
  'passphrase_mismatch',
  'keyring_unavailable',
  'keyring_entry_missing',
  'no_passphrase_set',
  'vault_exists',
  'vault_missing',
  'vault_corrupt',
  'vault_too_new',
  'database_missing',
  'database_corrupt',
  'schema_too_new',
  'locked',
  'invalid_input',
  'io',
  'database',
  'internal',
] as const satisfies readonly ErrorCode[];

// Compile-time guard: adding a code on the Rust side without listing it here fails `npm run check`.
type MissingCodes = Exclude<ErrorCode, (typeof ERROR_CODES)[number]>;
const allCodesListed: [MissingCodes] extends [never] ? true : MissingCodes = true;
void allCodesListed;

/** A rejected command, always with a known machine code and an English message. */
export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns whatever a command rejected with into an ApiError (unknown shapes become "internal"). */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (typeof reason === 'object' && reason !== null && 'code' in reason) {
    const { code, message } = reason as { code: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(code);
    if (isErrorCode(code)) return new ApiError(code, text);
    return new ApiError('internal', text);
  }
  if (reason instanceof Error) return new ApiError('internal', reason.message);
  if (typeof reason === 'string') return new ApiError('internal', reason);
  return new ApiError('internal', 'Unknown error');
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (reason) {
    throw toApiError(reason);
  }
}

/** A settings change; absent keys stay unchanged, `language: null` means "follow the OS". */
export type SettingsChange = Partial<SettingsPatch>;

export const api = {
  appStatus: () => call<AppStatus>('app_status'),
  setupVault: (request: SetupRequest) => call<SetupResult>('setup_vault', { request }),
  unlock: (request: UnlockRequest) => call<AppStatus>('unlock', { request }),
  getSettings: () => call<Settings>('get_settings'),
  updateSettings: (patch: SettingsChange) => call<Settings>('update_settings', { patch }),
  securityInfo: () => call<SecurityInfo>('security_info'),
  changePassphrase: (request: ChangePassphraseRequest) =>
    call<SecurityInfo>('change_passphrase', { request }),
  newRecoveryCode: () => call<string>('new_recovery_code'),
  /** Copies text with the clipboard plugin (the recovery code never goes through the web clipboard). */
  copyText: async (text: string): Promise<void> => {
    try {
      await writeText(text);
    } catch (reason) {
      throw toApiError(reason);
    }
  },
};

export type Api = typeof api;
