// How the UI reaches the Rust backend: every command goes through `call()` below, the one place
// that uses `invoke` from @tauri-apps/api/core, and comes back as its result or an ApiError.
// `api` holds the typed wrappers for the core commands; api-calendar.ts, api-journal.ts,
// api-reminders.ts and api-partner.ts are typed wrappers over this same `call()`. Next to the
// commands, these modules also wrap the few Tauri plugins the UI uses (window close, clipboard,
// the shell's events), which talk to the shell themselves. The page never names a file path: a
// command that saves or reads a user file opens the system dialog in the backend and answers with
// the written path, or a token for the picked file (tests/unit/api.test.ts checks no command gets
// a `path`). Components import only these modules, never @tauri-apps/api
// (tests/unit/boundaries.test.ts checks); tests replace `invoke` with mockIPC from
// @tauri-apps/api/mocks.
import { invoke } from '@tauri-apps/api/core';
import { getCurrentWindow } from '@tauri-apps/api/window';
import { writeText } from '@tauri-apps/plugin-clipboard-manager';
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
  Role,
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
import { ERROR_CODES } from './bindings/errorCodes';
import type {
  ActionInput,
  ActionItem,
  AgendaItem,
  AgendaItemInput,
  AgendaTemplate,
  EditScope,
  Meeting,
  MeetingDetail,
  MeetingInput,
  SeriesInput,
  TodayView,
} from './meeting-types';
import type { MeetingNote, PromptDraft, PromptSet, Reflection, ReflectionInput } from './notes-types';

/** Every machine code the backend sends (the generated ErrorCode). */
export type AppErrorCode = ErrorCode;

/** Every ErrorCode the backend can send (generated from the Rust enum, see bindings/errorCodes.ts). */
export { ERROR_CODES };

/**
 * A rejected command, always with a known machine code and an English message (for logs only:
 * the UI translates by `code`). `field` is the input field the error is about, as the core's
 * snake_case key of the input struct's field ("title", "partner_name", "cadence.minutes" …), or
 * null when the error is not about one field; forms place the error by it.
 */
export class ApiError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | null;

  constructor(code: AppErrorCode, message: string, field: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
}

export function isErrorCode(value: unknown): value is AppErrorCode {
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

export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (reason) {
    throw toApiError(reason);
  }
}

/**
 * A settings change; absent keys stay unchanged, `language: null` means "follow the OS" and
 * `time_zone: null` "use the system's zone".
 */
export type SettingsChange = Partial<SettingsPatch>;
/** The settings; `time_zone: null` = the system's zone. */
export type AppSettings = Settings;

export const api = {
  appStatus: () => call<AppStatus>('app_status'),
  setupVault: (request: SetupRequest) => call<SetupResult>('setup_vault', { request }),
  unlock: (request: UnlockRequest) => call<AppStatus>('unlock', { request }),
  getSettings: () => call<AppSettings>('get_settings'),
  updateSettings: (patch: SettingsChange) => call<AppSettings>('update_settings', { patch }),
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
  /**
   * Asks where to save (the backend's save dialog, `fileName` only suggested) and writes the
   * export there: the written path, or null when the user cancelled.
   */
  saveAgreementExport: (tandemId: number, version: number | null, format: ExportFormat, fileName: string) =>
    call<string | null>('save_agreement_export', { tandemId, version, format, fileName }),

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

  // Meetings
  listMeetings: (tandemId: number, includePast: boolean) => call<Meeting[]>('list_meetings', { tandemId, includePast }),
  planMeeting: (tandemId: number, input: MeetingInput) => call<Meeting>('plan_meeting', { tandemId, input }),
  planSeries: (tandemId: number, input: SeriesInput) => call<Meeting[]>('plan_series', { tandemId, input }),
  updateMeeting: (id: number, input: MeetingInput, scope: EditScope) => call<Meeting[]>('update_meeting', { id, input, scope }),
  setMeetingHeld: (id: number, held: boolean) => call<Meeting>('set_meeting_held', { id, held }),
  cancelMeeting: (id: number, reason: string | null, scope: EditScope) => call<Meeting[]>('cancel_meeting', { id, reason, scope }),
  deleteMeeting: (id: number) => call<null>('delete_meeting', { id }),
  getMeeting: (id: number) => call<MeetingDetail>('get_meeting', { id }),

  // Agenda
  addAgendaItem: (meetingId: number, input: AgendaItemInput) => call<AgendaItem>('add_agenda_item', { meetingId, input }),
  updateAgendaItem: (id: number, input: AgendaItemInput) => call<AgendaItem>('update_agenda_item', { id, input }),
  deleteAgendaItem: (id: number) => call<null>('delete_agenda_item', { id }),
  reorderAgenda: (meetingId: number, orderedIds: number[]) => call<AgendaItem[]>('reorder_agenda', { meetingId, orderedIds }),
  setItemDiscussed: (id: number, discussed: boolean) => call<AgendaItem>('set_item_discussed', { id, discussed }),
  /** Moves the undiscussed items to the next planned meeting and returns that meeting. */
  carryOver: (meetingId: number) => call<Meeting>('carry_over', { meetingId }),
  acceptSuggestions: (meetingId: number, itemIds: number[]) => call<AgendaItem[]>('accept_suggestions', { meetingId, itemIds }),
  addTopicToAgenda: (meetingId: number, topicId: number) => call<AgendaItem>('add_topic_to_agenda', { meetingId, topicId }),
  listTemplates: () => call<AgendaTemplate[]>('list_templates'),
  saveTemplate: (meetingId: number, name: string) => call<AgendaTemplate>('save_template', { meetingId, name }),
  applyTemplate: (meetingId: number, templateId: number) => call<AgendaItem[]>('apply_template', { meetingId, templateId }),
  deleteTemplate: (id: number) => call<null>('delete_template', { id }),
  /** The shared agenda only: private items are never part of it. */
  exportAgenda: (meetingId: number, format: ExportFormat) => call<string>('export_agenda', { meetingId, format }),
  /** Like saveAgreementExport: the written path, or null when the user cancelled the dialog. */
  saveAgendaExport: (meetingId: number, format: ExportFormat, fileName: string) =>
    call<string | null>('save_agenda_export', { meetingId, format, fileName }),

  // Actions
  listActions: (tandemId: number, openOnly: boolean) => call<ActionItem[]>('list_actions', { tandemId, openOnly }),
  createAction: (tandemId: number, meetingId: number | null, input: ActionInput) => call<ActionItem>('create_action', { tandemId, meetingId, input }),
  updateAction: (id: number, input: ActionInput) => call<ActionItem>('update_action', { id, input }),
  setActionDone: (id: number, done: boolean) => call<ActionItem>('set_action_done', { id, done }),
  deleteAction: (id: number) => call<null>('delete_action', { id }),
  today: () => call<TodayView>('today'),

  // Notes, reflections and their prompt sets
  getNote: (meetingId: number) => call<MeetingNote>('get_note', { meetingId }),
  /** A blank body deletes the note (updated_at: null). */
  saveNote: (meetingId: number, body: string) => call<MeetingNote>('save_note', { meetingId, body }),
  /** Sanitised HTML of Markdown: only MarkdownView.svelte shows it. */
  renderMarkdown: (text: string) => call<string>('render_markdown', { text }),
  getPromptSet: (role: Role) => call<PromptSet>('get_prompt_set', { role }),
  savePromptSet: (role: Role, prompts: PromptDraft[]) => call<PromptSet>('save_prompt_set', { role, prompts }),
  resetPromptSet: (role: Role) => call<PromptSet>('reset_prompt_set', { role }),
  getReflection: (meetingId: number) => call<Reflection | null>('get_reflection', { meetingId }),
  /** An all-blank reflection (no text, no scale, no goals) is deleted: null. */
  saveReflection: (meetingId: number, input: ReflectionInput) => call<Reflection | null>('save_reflection', { meetingId, input }),

  /**
   * Runs `beforeClose` (flushing unsaved edits) when the user closes the window, which then
   * closes: after it, or after `timeoutMs` at the latest, whatever happens. Resolves to the
   * unlisten function (a no-op where there is no Tauri window, e.g. in tests).
   */
  onCloseRequested: async (beforeClose: () => Promise<void>, timeoutMs = 2000): Promise<() => void> => {
    try {
      return await getCurrentWindow().onCloseRequested(async () => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
        await Promise.race([beforeClose().catch(() => {}), timeout]);
        clearTimeout(timer);
      });
    } catch {
      return () => {};
    }
  },

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
