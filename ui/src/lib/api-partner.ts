// Typed wrappers for pairing with the partner and exchanging the shared items, over the one
// `call()` in api.ts (which wraps `invoke` from @tauri-apps/api/core), and the exchange's events
// through `subscribe` in api-reminders.ts. The page never names a file or folder: the backend
// opens the system dialogs (save, open, folder) itself and answers with what was written or read,
// or null when the user cancelled.
import { call, toApiError, type ApiError } from './api';
import { subscribe } from './api-reminders';
import type { Accepted, ActionItem, Goal, Invitation, MeetingNote, PairingStatus, ReceivedChange, ReceiveReport, SentFile } from './bindings';

/** The partner's changes arrived by themselves (the shared folder); payload: what changed. */
export const EXCHANGE_CHANGED = 'exchange-changed';
/** A file dropped on the window was read as a file from the partner. */
export const EXCHANGE_RECEIVED = 'exchange-received';
/** The shell's event when a file was written or read, or a problem came up (no payload). */
export const EXCHANGE_STATUS = 'exchange-status';

export const partnerApi = {
  status: (tandemId: number) => call<PairingStatus>('pairing_status', { tandemId }),
  /** New keys and an invitation; on a paired tandem this pairs again (the old key stops working). */
  invite: (tandemId: number, myName: string) => call<Invitation>('create_invitation', { tandemId, myName }),
  /** Accepts a pasted invitation for this tandem, or (null) creates the tandem from it. */
  accept: (text: string, tandemId: number | null, myName: string) => call<Accepted>('accept_invitation', { text, tandemId, myName }),
  /** Imports the partner's answer: the status of the tandem it belongs to, now paired. */
  finish: (text: string) => call<PairingStatus>('finish_pairing', { text }),
  setVerified: (tandemId: number, verified: boolean) => call<PairingStatus>('set_pairing_verified', { tandemId, verified }),
  /** Ends the pairing (or takes back an invitation); the partner's items stay as my own copies. */
  unpair: (tandemId: number) => call<PairingStatus>('unpair', { tandemId }),
  /** Saves an invitation or answer as a text file (save dialog): the path, or null when cancelled. */
  saveFile: (text: string, fileName: string) => call<string | null>('save_pairing_file', { text, fileName }),
  /** Reads an invitation or answer from a file the user picks: its text, or null when cancelled. */
  openFile: () => call<string | null>('open_pairing_file'),
  /** Asks for the folder both partners sync (folder dialog); null when cancelled. */
  chooseFolder: (tandemId: number) => call<PairingStatus | null>('choose_exchange_folder', { tandemId }),
  clearFolder: (tandemId: number) => call<PairingStatus>('clear_exchange_folder', { tandemId }),
  /** Reads the folder and writes what changed, now. */
  exchangeNow: (tandemId: number) => call<ReceiveReport>('exchange_now', { tandemId }),
  /** "Send to partner…": saves a file for the partner where the user says; null when cancelled. */
  sendFile: (tandemId: number, fileName: string) => call<SentFile | null>('send_exchange_file', { tandemId, fileName }),
  /** "Import from partner…": reads a file the user picks; null when cancelled. */
  importFile: () => call<ReceiveReport | null>('import_exchange_file'),
  setGoalShared: (id: number, shared: boolean) => call<Goal>('set_goal_shared', { id, shared }),
  setActionShared: (id: number, shared: boolean) => call<ActionItem>('set_action_shared', { id, shared }),
  setNoteShared: (meetingId: number, shared: boolean) => call<MeetingNote>('set_note_shared', { meetingId, shared }),
};

export type PartnerApi = typeof partnerApi;

/** Calls `cb` with what the partner changed whenever their changes arrived by themselves. */
export function onExchangeChanged(cb: (changes: ReceivedChange[]) => void): Promise<() => void> {
  return subscribe<unknown>(EXCHANGE_CHANGED, (payload) => {
    if (Array.isArray(payload)) cb(payload as ReceivedChange[]);
  });
}

/** Calls `cb` whenever the exchange status moved on (a file written or read, a problem). */
export function onExchangeStatus(cb: () => void): Promise<() => void> {
  return subscribe<unknown>(EXCHANGE_STATUS, () => cb());
}

/** What reading a dropped file did: its report, or why it was refused. */
export type DropOutcome = { report: ReceiveReport; error?: never } | { error: ApiError; report?: never };

/** Calls `cb` with the outcome of each file dropped on the window. */
export function onExchangeReceived(cb: (outcome: DropOutcome) => void): Promise<() => void> {
  return subscribe<unknown>(EXCHANGE_RECEIVED, (payload) => {
    if (typeof payload !== 'object' || payload === null) return;
    if ('report' in payload && typeof payload.report === 'object' && payload.report !== null) cb({ report: payload.report as ReceiveReport });
    else if ('error' in payload) cb({ error: toApiError(payload.error) });
  });
}
