// Typed wrappers for the calendar commands over the one `call()` in api.ts (which wraps `invoke`
// from @tauri-apps/api/core). The page never names a file or folder: the backend opens the system
// dialogs itself (titled in the UI language) and answers with what was written, a token for the
// picked invitation, or null when the user cancelled.
import { call } from './api';
import type {
  CalendarSettings,
  CalendarSettingsPatch,
  ExportRequest,
  ExportSummary,
  FeedStatus,
  ImportOptions,
  ImportPreview,
  ImportResult,
  PickedFile,
} from './bindings';

export const calendarApi = {
  settings: () => call<CalendarSettings>('calendar_settings'),
  /**
   * Saves the change and rewrites the feed file (when one is set). A feed folder can only be
   * turned off here (`feed_folder: null`); a new one is chosen with `chooseFeedFolder`.
   */
  updateSettings: (patch: CalendarSettingsPatch) => call<CalendarSettings>('update_calendar_settings', { patch }),
  feedStatus: () => call<FeedStatus>('feed_status'),
  /** Writes the feed file again now (Retry after an error). */
  writeFeedNow: () => call<FeedStatus>('write_feed_now'),
  /**
   * Asks for the feed folder (the backend's folder dialog, starting in the current one), saves it
   * and writes the feed there once; null when the user cancelled.
   */
  chooseFeedFolder: () => call<CalendarSettings | null>('choose_feed_folder'),
  /**
   * Asks where to save the calendar file (`fileName` is only a suggestion) and writes the
   * selected meetings there; null when the user cancelled.
   */
  exportCalendar: (request: ExportRequest, fileName: string) => call<ExportSummary | null>('export_calendar', { request, fileName }),
  /** Asks for one invitation (.ics): its token and name, or null when the user cancelled. */
  chooseImport: () => call<PickedFile | null>('choose_calendar_import'),
  /** What importing the picked invitation would do; nothing is written. */
  previewImport: (token: string, options: ImportOptions) => call<ImportPreview>('preview_calendar_import', { token, options }),
  /** Imports the picked invitation; afterwards its token is spent. */
  importCalendar: (token: string, options: ImportOptions) => call<ImportResult>('import_calendar', { token, options }),
};

export type CalendarApi = typeof calendarApi;

/** The last part of a path ("/home/alex/eyelevel.ics" → "eyelevel.ics"), for messages. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}
