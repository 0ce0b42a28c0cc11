// Typed wrappers for the calendar commands over the one `call()` in api.ts (which wraps `invoke`
// from @tauri-apps/api/core), and the file and folder dialogs they need: the dialog plugin's own
// `open`, with its failures turned into ApiError like every command's. The plugin talks to the
// shell itself, so tests answer its dialogs in the mock backend like the save dialog.
import { open } from '@tauri-apps/plugin-dialog';
import { api, call, toApiError } from './api';
import type {
  CalendarSettings,
  CalendarSettingsPatch,
  ExportRequest,
  ExportSummary,
  FeedStatus,
  ImportOptions,
  ImportPreview,
  ImportResult,
} from './bindings';

/** The extension calendar files have; the dialogs offer only these. */
export const ICS_EXTENSIONS = ['ics'];

/** A single path from the open dialog (it may answer a list when `multiple` slips through). */
function single(answer: string | string[] | null): string | null {
  if (Array.isArray(answer)) return answer[0] ?? null;
  return answer;
}

export const calendarApi = {
  settings: () => call<CalendarSettings>('calendar_settings'),
  /** Saves the change and rewrites the feed file (when one is set). */
  updateSettings: (patch: CalendarSettingsPatch) => call<CalendarSettings>('update_calendar_settings', { patch }),
  feedStatus: () => call<FeedStatus>('feed_status'),
  /** Writes the feed file again now (Retry after an error). */
  writeFeedNow: () => call<FeedStatus>('write_feed_now'),
  exportCalendar: (request: ExportRequest, path: string) => call<ExportSummary>('export_calendar', { request, path }),
  /** What importing would do; nothing is written. */
  previewImport: (path: string, options: ImportOptions) => call<ImportPreview>('preview_calendar_import', { path, options }),
  importCalendar: (path: string, options: ImportOptions) => call<ImportResult>('import_calendar', { path, options }),

  /** Asks where to save a calendar file; null when the user cancels. */
  chooseIcsSavePath: (defaultName: string, filterName: string, title: string): Promise<string | null> =>
    api.chooseSavePath(defaultName, [{ name: filterName, extensions: ICS_EXTENSIONS }], title),

  /** Asks for one invitation (.ics) to import; null when the user cancels. */
  chooseInvitation: async (filterName: string, title: string): Promise<string | null> => {
    try {
      return single(await open({ title, multiple: false, directory: false, filters: [{ name: filterName, extensions: ICS_EXTENSIONS }] }));
    } catch (reason) {
      throw toApiError(reason);
    }
  },

  /** Asks for the folder the feed file lives in; null when the user cancels. */
  chooseFeedFolder: async (current: string | null, title: string): Promise<string | null> => {
    try {
      return single(await open({ title, multiple: false, directory: true, ...(current ? { defaultPath: current } : {}) }));
    } catch (reason) {
      throw toApiError(reason);
    }
  },
};

export type CalendarApi = typeof calendarApi;

/** The last part of a path ("/home/alex/eyelevel.ics" → "eyelevel.ics"), for messages. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}
