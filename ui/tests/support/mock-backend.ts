// An in-memory stand-in for the Rust backend: the same commands, arguments, answers and error
// codes as the app's Tauri commands, for the component tests (through mockIPC) and the browser
// tests (bundled and injected into the page).
import type {
  AgreementInput,
  AppStatus,
  ExportFormat,
  GoalInput,
  GoalStatus,
  TandemInput,
  TandemStatus,
  TopicInput,
  ErrorCode,
  ErrorPayload,
  Language,
  Protection,
  SecurityInfo,
  Settings,
  SettingsPatch,
  SetupRequest,
  UnlockRequest,
  ChangePassphraseRequest,
  KeySource,
} from '../../src/lib/bindings';
import { emptyData, MockTandems, type MockData } from './mock-tandems';
import { emptyMeetingData, MockMeetings } from './mock-meetings';
import { journalCommand } from './mock-journal';
import { NOTE_COMMANDS, notesCommand } from './mock-notes';
import { CALENDAR_COMMANDS, calendarCommand } from './mock-calendar';
import { PARTNER_COMMANDS, partnerCommand } from './mock-partner';
import { REMINDER_COMMANDS, deliverReminder, emit, eventCommand, remindersCommand, type DeliveryInput, type MockReminders } from './mock-reminders';
import type { AppSettings } from '../../src/lib/api';
import type { ActionInput, AgendaItemInput, EditScope, MeetingInput, SeriesInput } from '../../src/lib/meeting-types';

export type { MockData } from './mock-tandems';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export interface MockVault {
  protection: Protection;
  passphrase: string | null;
  recoveryCode: string;
  /** The OS keyring still holds the key (false = "keyring was reset"). */
  keyringEntry: boolean;
}

export interface MockConfig {
  keyringAvailable?: boolean;
  osLanguage?: Language;
  dataDir?: string;
  /** An existing vault: the app starts locked. */
  vault?: MockVault | null;
  unlocked?: boolean;
  settings?: Partial<AppSettings>;
  /** Milliseconds each command takes (passphrase work takes a little longer, like Argon2id). */
  delayMs?: number;
  /** Tandems, agreements, goals and own topics already stored. */
  data?: MockData;
  /** Start with the sample tandem already created. */
  withSample?: boolean;
  /**
   * What the save dialog (opened by save_agreement_export, save_agenda_export and
   * export_calendar) answers: a path, or null for "cancelled" (default: the suggested bare file
   * name in ~/Documents). The open and folder dialogs answer from `calendar` (mock-calendar.ts).
   */
  savePath?: string | null;
  /** Setup was interrupted before the recovery code was confirmed (the "setup-unfinished" marker). */
  setupUnfinished?: boolean;
  /** The data opens read-only: status says so, and saving settings or a new code fails. */
  readOnly?: boolean;
  /**
   * A damaged file: `database_corrupt` fails an unlock whose secret was right (the key opens
   * nothing), `vault_tampered` fails app_status and every unlock (vault.json is read first).
   */
  damage?: 'database_corrupt' | 'vault_tampered' | null;
  /** Reminder state (settings, rules, inbox, notifier status; see mock-reminders.ts). */
  reminders?: Partial<MockReminders>;
}

/** A system dialog the backend opened for the page (the page itself can open none). */
export type MockDialog = { kind: 'save'; fileName: string } | { kind: 'open' } | { kind: 'folder'; start: string | null };

/** A file the app wrote through save_agreement_export or save_agenda_export. */
export interface MockExport {
  path: string;
  format: string;
  version: number | null;
  content: string;
}

export interface MockCall {
  cmd: string;
  args: unknown;
}

const extensionOf = (format: ExportFormat) => (format === 'markdown' ? 'md' : 'html');

function fail(code: ErrorCode, message: string, field: string | null = null): never {
  // A plain object, exactly like the serialised ErrorPayload the real backend rejects with.
  const payload: ErrorPayload = { code, message, field };
  throw payload;
}

export function makeRecoveryCode(random: () => number = Math.random): string {
  let compact = '';
  for (let i = 0; i < 28; i++) compact += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return compact.match(/.{4}/g)!.join('-');
}

export function parseRecoveryCode(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (compact.length !== 28 || [...compact].some((c) => !ALPHABET.includes(c))) return null;
  return compact;
}

export class MockBackend {
  keyringAvailable: boolean;
  osLanguage: Language;
  dataDir: string;
  vault: MockVault | null;
  unlocked: boolean;
  /** How the open session was unlocked (a pre-unlocked mock counts as its protection). */
  unlockedWith: KeySource;
  settings: AppSettings;
  delayMs: number;
  clipboard: string | null = null;
  calls: MockCall[] = [];
  store: MockTandems;
  meetings: MockMeetings;
  savePath: string | null | undefined;
  setupUnfinished: boolean;
  readOnly: boolean;
  damage: 'database_corrupt' | 'vault_tampered' | null;
  exports: MockExport[] = [];
  /** The dialogs opened so far, in order. */
  dialogs: MockDialog[] = [];

  constructor(config: MockConfig = {}) {
    this.keyringAvailable = config.keyringAvailable ?? true;
    this.osLanguage = config.osLanguage ?? 'en';
    this.dataDir = config.dataDir ?? '/home/alex/.local/share/org.eyelevel.desktop';
    this.vault = config.vault ?? null;
    this.unlocked = config.unlocked ?? false;
    this.unlockedWith = this.vault?.protection ?? 'keyring';
    this.settings = { language: null, theme: 'system', recovery_code_confirmed: false, time_zone: null, ...config.settings };
    this.delayMs = config.delayMs ?? 0;
    this.savePath = config.savePath;
    this.setupUnfinished = config.setupUnfinished ?? false;
    this.readOnly = config.readOnly ?? false;
    this.damage = config.damage ?? null;
    // Data saved by an older mock (without meetings) gets the new, empty lists.
    const data = { ...emptyMeetingData(), ...structuredClone(config.data ?? emptyData()) };
    this.store = new MockTandems(data, () => this.language());
    this.meetings = new MockMeetings(this.store, () => this.settings.time_zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (config.withSample) this.store.createSample();
    if (config.reminders) (this as unknown as { reminders: Partial<MockReminders> }).reminders = structuredClone(config.reminders);
  }

  /** Delivers a reminder as the shell's loop would and emits `reminders-changed`. */
  deliverReminder(input: DeliveryInput, notify = true) {
    return deliverReminder(this, input, notify);
  }

  /** Sends an event to the window as the shell does (`reminders-changed`, `open-route`). */
  emit(event: string, payload: unknown = null): void {
    emit(this, event, payload);
  }

  /** The data as stored, for a test to hand to the next start (see harness `restart`). */
  get data(): MockData {
    return this.store.data;
  }

  /** The language the core would use for built-in texts: the setting, else the OS. */
  language(): Language {
    return this.settings.language ?? this.osLanguage;
  }

  status(): AppStatus {
    if (this.vault && this.damage === 'vault_tampered') fail('vault_tampered', 'its key-derivation parameters are not ones Eyelevel writes');
    return {
      phase: !this.vault ? 'setup' : this.unlocked ? 'unlocked' : 'locked',
      protection: this.vault?.protection ?? null,
      has_passphrase: Boolean(this.vault?.passphrase),
      keyring_available: this.keyringAvailable,
      data_dir: this.dataDir,
      os_language: this.osLanguage,
      setup_unfinished: Boolean(this.vault) && this.setupUnfinished,
      read_only: this.unlocked && this.readOnly,
    };
  }

  async handle(cmd: string, args: unknown): Promise<unknown> {
    // The event plugin's plumbing (listen/unlisten) is no backend command: not in `calls`.
    if (cmd.startsWith('plugin:event|')) return eventCommand(this, cmd, (args ?? {}) as Record<string, unknown>);
    this.calls.push({ cmd, args });
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const a = (args ?? {}) as Record<string, unknown>;
    // As in the app: the page may not open file dialogs (no dialog permission) nor name a path.
    if (cmd.startsWith('plugin:dialog|')) fail('internal', `${cmd} not allowed by the capability`);
    if ('path' in a) fail('internal', `${cmd} takes no path: the backend asks for it in a dialog`);
    switch (cmd) {
      case 'app_status':
        return this.status();
      case 'setup_vault':
        return this.setup(a.request as SetupRequest);
      case 'unlock':
        return this.unlock(a.request as UnlockRequest);
      case 'get_settings':
        this.requireUnlocked();
        return { ...this.settings };
      case 'update_settings':
        return this.updateSettings(a.patch as SettingsPatch);
      case 'security_info':
        return this.securityInfo();
      case 'change_passphrase':
        return this.changePassphrase(a.request as ChangePassphraseRequest);
      case 'new_recovery_code':
        return this.newRecoveryCode();
      case 'plugin:clipboard-manager|write_text':
        this.clipboard = String(a.text);
        return null;
      default:
        this.requireUnlocked();
        return this.tandemCommand(cmd, a);
    }
  }

  /**
   * The save dialog the backend opens: the page's suggestion as a bare name with the right
   * extension (like the shell's safe_file_name); the path chosen, or null for "cancelled".
   */
  saveDialog(suggested: unknown, extension: string): string | null {
    const last = String(suggested ?? '').split(/[\\/]/).pop()!.trim().replace(/^\.+/, '').replace(/[:*?"<>|]/g, '');
    const stem = (last.endsWith(`.${extension}`) ? last.slice(0, -extension.length - 1) : last).trim() || 'eyelevel';
    const fileName = `${stem}.${extension}`;
    this.dialogs.push({ kind: 'save', fileName });
    if (this.savePath !== undefined) return this.savePath;
    return `/home/alex/Documents/${fileName}`;
  }

  /** The tandem commands (tandems, agreement, goals, topics, sample). */
  private tandemCommand(cmd: string, a: Record<string, unknown>): unknown {
    const s = this.store;
    const id = a.id as number;
    switch (cmd) {
      case 'list_tandems':
        return s.listTandems(Boolean(a.includeArchived)).map((t) => ({ ...t, next_meeting: this.meetings.upcoming(t.id)?.starts_at ?? null }));
      case 'get_tandem':
        return {
          ...s.overview(id),
          next_meeting: this.meetings.upcoming(id)?.starts_at ?? null,
          upcoming_meetings: this.meetings.listMeetings(id, false).filter((m) => m.status === 'planned' || m.status === 'moved').slice(0, 5),
          open_actions: this.meetings.listActions(id, true),
        };
      case 'create_tandem':
        return s.createTandem(a.input as TandemInput);
      case 'update_tandem':
        return s.updateTandem(id, a.input as TandemInput);
      case 'set_tandem_status':
        return s.setTandemStatus(id, a.status as TandemStatus);
      case 'set_tandem_archived':
        return s.setTandemArchived(id, Boolean(a.archived));
      case 'delete_tandem':
        this.meetings.forgetTandem(id);
        return s.deleteTandem(id);
      case 'create_sample':
        return s.createSample();
      case 'save_agreement':
        return s.saveAgreement(a.tandemId as number, a.input as AgreementInput);
      case 'mark_agreement_agreed':
        return s.markAgreed(a.tandemId as number, a.agreedOn as string);
      case 'list_agreement_versions':
        return s.versions(a.tandemId as number);
      case 'export_agreement':
        return s.exportAgreement(a.tandemId as number, a.version as number | null, a.format as ExportFormat);
      case 'save_agreement_export': {
        const version = a.version as number | null;
        const path = this.saveDialog(a.fileName, extensionOf(a.format as ExportFormat));
        if (path === null) return null;
        const content = s.exportAgreement(a.tandemId as number, version, a.format as ExportFormat);
        this.exports.push({ path, format: String(a.format), version, content });
        return path;
      }
      case 'create_goal':
        return s.createGoal(a.tandemId as number, a.input as GoalInput);
      case 'update_goal':
        return s.updateGoal(id, a.input as GoalInput);
      case 'set_goal_status':
        return s.setGoalStatus(id, a.status as GoalStatus);
      case 'add_goal_note':
        return s.addGoalNote(a.goalId as number, a.body as string);
      case 'reorder_goals':
        return s.reorderGoals(a.tandemId as number, a.orderedIds as number[]);
      case 'delete_goal':
        return s.deleteGoal(id);
      case 'set_goal_shared':
        return s.setGoalShared(id, Boolean(a.shared));
      case 'list_topics':
        return s.topics(Boolean(a.includeHidden));
      case 'create_topic':
        return s.createTopic(a.input as TopicInput);
      case 'update_topic':
        return s.updateTopic(id, a.input as TopicInput);
      case 'set_topic_hidden':
        return s.setTopicHidden(id, Boolean(a.hidden));
      case 'delete_topic':
        return s.deleteTopic(id);
      default:
        return this.meetingCommand(cmd, a);
    }
  }

  /** The meeting commands (meetings, agenda, actions, Today). */
  private meetingCommand(cmd: string, a: Record<string, unknown>): unknown {
    const m = this.meetings;
    const id = a.id as number;
    const meetingId = a.meetingId as number;
    switch (cmd) {
      case 'list_meetings':
        return m.listMeetings(a.tandemId as number, Boolean(a.includePast));
      case 'plan_meeting':
        return m.planMeeting(a.tandemId as number, a.input as MeetingInput);
      case 'plan_series':
        return m.planSeries(a.tandemId as number, a.input as SeriesInput);
      case 'update_meeting':
        return m.updateMeeting(id, a.input as MeetingInput, a.scope as EditScope);
      case 'set_meeting_held':
        return m.setHeld(id, Boolean(a.held));
      case 'cancel_meeting':
        return m.cancel(id, a.reason as string | null, a.scope as EditScope);
      case 'delete_meeting':
        return m.deleteMeeting(id);
      case 'get_meeting':
        return m.getMeeting(id);
      case 'add_agenda_item':
        return m.addItem(meetingId, a.input as AgendaItemInput);
      case 'update_agenda_item':
        return m.updateItem(id, a.input as AgendaItemInput);
      case 'delete_agenda_item':
        return m.deleteItem(id);
      case 'reorder_agenda':
        return m.reorder(meetingId, a.orderedIds as number[]);
      case 'set_item_discussed':
        return m.setDiscussed(id, Boolean(a.discussed));
      case 'carry_over':
        return m.carryOver(meetingId);
      case 'accept_suggestions':
        return m.acceptSuggestions(meetingId, a.itemIds as number[]);
      case 'add_topic_to_agenda':
        return m.addTopic(meetingId, a.topicId as number);
      case 'list_templates':
        return m.listTemplates();
      case 'save_template':
        return m.saveTemplate(meetingId, String(a.name ?? ''));
      case 'apply_template':
        return m.applyTemplate(meetingId, a.templateId as number);
      case 'delete_template':
        return m.deleteTemplate(id);
      case 'export_agenda':
        return m.exportAgenda(meetingId, a.format as ExportFormat);
      case 'save_agenda_export': {
        const path = this.saveDialog(a.fileName, extensionOf(a.format as ExportFormat));
        if (path === null) return null;
        const content = m.exportAgenda(meetingId, a.format as ExportFormat);
        this.exports.push({ path, format: String(a.format), version: null, content });
        return path;
      }
      case 'list_actions':
        return m.listActions(a.tandemId as number, Boolean(a.openOnly));
      case 'create_action':
        return m.createAction(a.tandemId as number, (a.meetingId as number | null) ?? null, a.input as ActionInput);
      case 'update_action':
        return m.updateAction(id, a.input as ActionInput);
      case 'set_action_done':
        return m.setActionDone(id, Boolean(a.done));
      case 'delete_action':
        return m.deleteAction(id);
      case 'set_action_shared':
        return m.setActionShared(id, Boolean(a.shared));
      case 'today':
        return m.today(this.store.listTandems(false));
      default:
        if (NOTE_COMMANDS.has(cmd)) return notesCommand(this.store, () => this.language(), cmd, a);
        if (CALENDAR_COMMANDS.has(cmd)) return calendarCommand(this, cmd, a);
        if (REMINDER_COMMANDS.has(cmd)) return remindersCommand(this, cmd, a);
        if (PARTNER_COMMANDS.has(cmd)) return partnerCommand(this, cmd, a);
        return journalCommand(this.store, cmd, a);
    }
  }

  private requireWritable(): void {
    if (this.readOnly) fail('read_only', 'the data folder is mounted read-only');
  }

  private requireUnlocked(): MockVault {
    if (!this.vault || !this.unlocked) fail('locked', 'the database is locked');
    return this.vault;
  }

  private setup(request: SetupRequest) {
    if (this.vault) fail('vault_exists', 'a vault already exists');
    if (request.protection === 'keyring' && !this.keyringAvailable) fail('keyring_unavailable', 'no keyring');
    if (request.protection === 'passphrase' && request.passphrase === null) fail('invalid_input', 'passphrase required');
    if (request.passphrase !== null && [...request.passphrase].length < 8) fail('passphrase_too_short', 'too short');
    const recoveryCode = makeRecoveryCode();
    this.vault = {
      protection: request.protection,
      passphrase: request.passphrase,
      recoveryCode,
      keyringEntry: request.protection === 'keyring',
    };
    this.unlocked = true;
    this.unlockedWith = request.protection;
    // Until the recovery code is confirmed, setup counts as unfinished (the shell's marker file).
    this.setupUnfinished = true;
    return { recovery_code: recoveryCode, status: this.status() };
  }

  private unlock(request: UnlockRequest): AppStatus {
    const vault = this.vault;
    if (!vault) return fail('vault_missing', 'no vault.json');
    if (this.damage === 'vault_tampered') fail('vault_tampered', 'its key-derivation parameters are not ones Eyelevel writes');
    let restoreKeyring = false;
    if (request.method === 'keyring') {
      if (!this.keyringAvailable) fail('keyring_unavailable', 'no keyring reachable');
      if (!vault.keyringEntry) fail('keyring_entry_missing', 'no keyring entry');
    } else if (request.method === 'passphrase') {
      if (!vault.passphrase) fail('no_passphrase_set', 'no passphrase holder');
      if (request.secret !== vault.passphrase) fail('wrong_passphrase', 'wrong passphrase');
    } else {
      const code = parseRecoveryCode(request.secret);
      if (!code) fail('invalid_recovery_code', 'malformed recovery code');
      if (code !== vault.recoveryCode.replace(/-/g, '')) fail('wrong_recovery_code', 'wrong recovery code');
      restoreKeyring = vault.protection === 'keyring' && this.keyringAvailable && !this.readOnly;
    }
    // The key is right, but it opens nothing: the database file is damaged (and left as it is).
    if (this.damage === 'database_corrupt') fail('database_corrupt', 'file is not a database');
    if (restoreKeyring) vault.keyringEntry = true;
    this.unlocked = true;
    this.unlockedWith = request.method;
    return this.status();
  }

  private updateSettings(patch: SettingsPatch): Settings {
    this.requireUnlocked();
    this.requireWritable();
    if ('language' in patch) this.settings.language = patch.language ?? null;
    if (patch.theme !== undefined) this.settings.theme = patch.theme;
    if (patch.recovery_code_confirmed !== undefined) this.settings.recovery_code_confirmed = patch.recovery_code_confirmed;
    // Confirming the recovery code also finishes an interrupted setup.
    if (patch.recovery_code_confirmed === true) this.setupUnfinished = false;
    if ('time_zone' in patch) {
      const zone = patch.time_zone ?? null;
      if (zone !== null && !Intl.supportedValuesOf('timeZone').includes(zone)) fail('invalid_time', 'unknown time zone', 'time_zone');
      this.settings.time_zone = zone;
    }
    return { ...this.settings };
  }

  securityInfo(): SecurityInfo {
    const vault = this.requireUnlocked();
    return {
      protection: vault.protection,
      has_passphrase: Boolean(vault.passphrase),
      has_recovery_code: true,
      data_dir: this.dataDir,
      database_file: `${this.dataDir}/eyelevel.db`,
      vault_file: `${this.dataDir}/vault.json`,
      cipher: 'SQLCipher 4.20.0 community',
      schema_version: 1,
      kdf: 'Argon2id (64 MiB, 3 passes, 1 lane)',
      unlocked_with: this.unlockedWith,
    };
  }

  private changePassphrase(request: ChangePassphraseRequest): SecurityInfo {
    const vault = this.requireUnlocked();
    // After a recovery-code unlock the forgotten passphrase is not asked for (as in the core).
    const needsCurrent = Boolean(vault.passphrase) && this.unlockedWith !== 'recovery_code';
    if (needsCurrent && !request.current) fail('invalid_input', 'the current passphrase is required');
    if (needsCurrent && request.current !== vault.passphrase) fail('wrong_passphrase', 'wrong passphrase');
    if ([...request.new_passphrase].length < 8) fail('passphrase_too_short', 'too short');
    vault.passphrase = request.new_passphrase;
    return this.securityInfo();
  }

  private newRecoveryCode(): string {
    const vault = this.requireUnlocked();
    this.requireWritable();
    vault.recoveryCode = makeRecoveryCode();
    this.settings.recovery_code_confirmed = false;
    return vault.recoveryCode;
  }
}
