// The only module that talks to the Rust backend. Components import these typed wrappers;
// nothing else calls `invoke` (mockIPC from @tauri-apps/api/mocks replaces it in tests).
import { invoke } from '@tauri-apps/api/core';
import { writeText } from '@tauri-apps/plugin-clipboard-manager';
import { save } from '@tauri-apps/plugin-dialog';
import type {
  Agreement,
  AgreementInput,
  AppStatus,
  ChangePassphraseRequest,
  ErrorCode,
  ExportFormat,
  Goal,
  GoalInput,
  GoalStatus,
  SecurityInfo,
  Settings,
  SettingsPatch,
  SetupRequest,
  SetupResult,
  Tandem,
  TandemInput,
  TandemOverview,
  TandemStatus,
  TandemSummary,
  Topic,
  TopicInput,
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
  'title_required',
  'end_before_start',
  'duplicate_title',
  'not_found',
  'text_too_long',
  'builtin_topic',
  'invalid_cadence',
] as const satisfies readonly ErrorCode[];

// Compile-time guard: adding a code on the Rust side without listing it here fails `npm run check`.
type MissingCodes = Exclude<ErrorCode, (typeof ERROR_CODES)[number]>;
const allCodesListed: [MissingCodes] extends [never] ? true : MissingCodes = true;
void allCodesListed;

/**
 * A rejected command, always with a known machine code and an English message (for logs only:
 * the UI translates by `code`). `field` is the input field the error is about, as the core's
 * snake_case key of the input struct's field ("title", "partner_name", "cadence.minutes" …), or
 * null when the error is not about one field; forms place the error by it.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;

  constructor(code: ErrorCode, message: string, field: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns whatever a command rejected with into an ApiError (unknown shapes become "internal"). */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (typeof reason === 'object' && reason !== null && 'code' in reason) {
    const { code, message, field } = reason as { code: unknown; message?: unknown; field?: unknown };
    const text = typeof message === 'string' ? message : String(code);
    // An absent, null or non-string field means "not about one field".
    if (isErrorCode(code)) return new ApiError(code, text, typeof field === 'string' && field ? field : null);
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

/** One kind of file the save dialog offers ("Markdown", ["md"]). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

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

  // Tandems
  listTandems: (includeArchived: boolean) => call<TandemSummary[]>('list_tandems', { includeArchived }),
  getTandem: (id: number) => call<TandemOverview>('get_tandem', { id }),
  createTandem: (input: TandemInput) => call<Tandem>('create_tandem', { input }),
  updateTandem: (id: number, input: TandemInput) => call<Tandem>('update_tandem', { id, input }),
  setTandemStatus: (id: number, status: TandemStatus) => call<Tandem>('set_tandem_status', { id, status }),
  setTandemArchived: (id: number, archived: boolean) => call<Tandem>('set_tandem_archived', { id, archived }),
  deleteTandem: (id: number) => call<null>('delete_tandem', { id }),
  /** Creates the sample tandem (or finds the existing one) and returns its id. */
  createSample: () => call<number>('create_sample'),

  // Agreement
  saveAgreement: (tandemId: number, input: AgreementInput) => call<Agreement>('save_agreement', { tandemId, input }),
  markAgreementAgreed: (tandemId: number, agreedOn: string) =>
    call<Agreement>('mark_agreement_agreed', { tandemId, agreedOn }),
  listAgreementVersions: (tandemId: number) => call<Agreement[]>('list_agreement_versions', { tandemId }),
  exportAgreement: (tandemId: number, version: number | null, format: ExportFormat) =>
    call<string>('export_agreement', { tandemId, version, format }),
  saveAgreementExport: (tandemId: number, version: number | null, format: ExportFormat, path: string) =>
    call<null>('save_agreement_export', { tandemId, version, format, path }),

  // Goals
  createGoal: (tandemId: number, input: GoalInput) => call<Goal>('create_goal', { tandemId, input }),
  updateGoal: (id: number, input: GoalInput) => call<Goal>('update_goal', { id, input }),
  setGoalStatus: (id: number, status: GoalStatus) => call<Goal>('set_goal_status', { id, status }),
  addGoalNote: (goalId: number, body: string) => call<Goal>('add_goal_note', { goalId, body }),
  reorderGoals: (tandemId: number, orderedIds: number[]) => call<Goal[]>('reorder_goals', { tandemId, orderedIds }),
  deleteGoal: (id: number) => call<null>('delete_goal', { id }),

  // Topic library
  listTopics: (includeHidden: boolean) => call<Topic[]>('list_topics', { includeHidden }),
  createTopic: (input: TopicInput) => call<Topic>('create_topic', { input }),
  updateTopic: (id: number, input: TopicInput) => call<Topic>('update_topic', { id, input }),
  setTopicHidden: (id: number, hidden: boolean) => call<Topic>('set_topic_hidden', { id, hidden }),
  deleteTopic: (id: number) => call<null>('delete_topic', { id }),

  /** Copies text with the clipboard plugin (the recovery code never goes through the web clipboard). */
  copyText: async (text: string): Promise<void> => {
    try {
      await writeText(text);
    } catch (reason) {
      throw toApiError(reason);
    }
  },
  /** Asks where to save a file (the system save dialog); null when the user cancels. */
  chooseSavePath: async (defaultPath: string, filters: FileFilter[]): Promise<string | null> => {
    try {
      return await save({ defaultPath, filters });
    } catch (reason) {
      throw toApiError(reason);
    }
  },
};

export type Api = typeof api;
