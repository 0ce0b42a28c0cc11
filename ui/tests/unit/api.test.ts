import { describe, expect, it } from 'vitest';
import { mockIPC } from '@tauri-apps/api/mocks';
import { api, ApiError, toApiError } from '../../src/lib/api';
import { calendarApi } from '../../src/lib/api-calendar';
import { journalApi } from '../../src/lib/api-journal';
import { partnerApi } from '../../src/lib/api-partner';
import { remindersApi } from '../../src/lib/api-reminders';
import { installBackend } from '../support/install';

describe('toApiError', () => {
  it('keeps a known ErrorPayload', () => {
    const error = toApiError({ code: 'wrong_passphrase', message: 'wrong passphrase' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('wrong_passphrase');
    expect(error.message).toBe('wrong passphrase');
  });

  it('normalises unknown codes, strings, Errors and junk to "internal"', () => {
    expect(toApiError({ code: 'brand_new_code', message: 'x' }).code).toBe('internal');
    expect(toApiError('command foo not found')).toMatchObject({ code: 'internal', message: 'command foo not found' });
    expect(toApiError(new TypeError('boom'))).toMatchObject({ code: 'internal', message: 'boom' });
    expect(toApiError(undefined).code).toBe('internal');
    expect(toApiError(null).code).toBe('internal');
    expect(toApiError(42).code).toBe('internal');
  });

  it('carries the field key the core names; absent, null or junk becomes null', () => {
    expect(toApiError({ code: 'title_required', message: 'x', field: 'partner_name' })).toMatchObject({ code: 'title_required', field: 'partner_name' });
    expect(toApiError({ code: 'invalid_cadence', message: 'x', field: 'cadence.minutes' }).field).toBe('cadence.minutes');
    expect(toApiError({ code: 'title_required', message: 'x' }).field).toBeNull();
    expect(toApiError({ code: 'locked', message: 'x', field: null }).field).toBeNull();
    expect(toApiError({ code: 'locked', message: 'x', field: 42 }).field).toBeNull();
    expect(toApiError({ code: 'locked', message: 'x', field: '' }).field).toBeNull();
    expect(toApiError({ code: 'brand_new_code', message: 'x', field: 'title' })).toMatchObject({ code: 'internal', field: null });
    expect(toApiError('command foo not found').field).toBeNull();
    expect(new ApiError('locked', 'locked').field).toBeNull();
  });

  it('returns an ApiError unchanged', () => {
    const error = new ApiError('locked', 'locked');
    expect(toApiError(error)).toBe(error);
  });
});

describe('api wrappers', () => {
  it('send the setup, unlock and settings commands with their argument shapes', async () => {
    const seen: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      seen.push({ cmd, args });
      if (cmd === 'new_recovery_code') return 'ABCD';
      return {};
    });
    await api.appStatus();
    await api.setupVault({ protection: 'keyring', passphrase: null });
    await api.unlock({ method: 'passphrase', secret: 'pw' });
    await api.getSettings();
    await api.updateSettings({ language: null });
    await api.securityInfo();
    await api.changePassphrase({ current: null, new_passphrase: 'longenough' });
    await expect(api.newRecoveryCode()).resolves.toBe('ABCD');
    expect(seen).toEqual([
      { cmd: 'app_status', args: {} },
      { cmd: 'setup_vault', args: { request: { protection: 'keyring', passphrase: null } } },
      { cmd: 'unlock', args: { request: { method: 'passphrase', secret: 'pw' } } },
      { cmd: 'get_settings', args: {} },
      { cmd: 'update_settings', args: { patch: { language: null } } },
      { cmd: 'security_info', args: {} },
      { cmd: 'change_passphrase', args: { request: { current: null, new_passphrase: 'longenough' } } },
      { cmd: 'new_recovery_code', args: {} },
    ]);
  });

  it('reject with a typed ApiError', async () => {
    installBackend();
    const error = await api.getSettings().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'locked' });
  });

  it('normalise a string rejection to internal', async () => {
    mockIPC(() => {
      throw 'plugin not allowed';
    });
    await expect(api.securityInfo()).rejects.toMatchObject({ code: 'internal', message: 'plugin not allowed' });
  });

  it('copy text through the clipboard plugin', async () => {
    const backend = installBackend();
    await api.copyText('K7QX-M2PD');
    expect(backend.clipboard).toBe('K7QX-M2PD');
  });

  it('send the tandem, agreement, goal and topic commands with their argument shapes', async () => {
    const seen: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      seen.push({ cmd, args });
      return cmd === 'save_agreement_export' ? '/home/alex/Documents/a.html' : null;
    });
    const tandem = {
      title: 'T',
      my_role: 'mentor' as const,
      partner_name: 'P',
      partner_contact: null,
      program: null,
      start_date: '2026-01-01',
      planned_end_date: null,
      cadence: { every: 2, unit: 'week' as const, minutes: 60 },
      focus_topic_ids: [1],
    };
    const agreement = {
      my_expectations: '', partner_expectations: '', cadence: tandem.cadence, place: '', video_link: null,
      confidentiality: '', hr_sharing: '', voluntary: true, feedback: '', review_date: null,
    };
    const goal = { title: 'G', why: '', topic_id: null, target_date: null };
    const topic = { title: 'X', description: '', questions: [] };
    await api.listTandems(true);
    await api.getTandem(7);
    await api.createTandem(tandem);
    await api.updateTandem(7, tandem);
    await api.setTandemStatus(7, 'paused');
    await api.setTandemArchived(7, true);
    await api.deleteTandem(7);
    await api.createSample();
    await api.saveAgreement(7, agreement);
    await api.markAgreementAgreed(7, '2026-01-02');
    await api.listAgreementVersions(7);
    await api.exportAgreement(7, null, 'markdown');
    await expect(api.saveAgreementExport(7, 2, 'html', 'a.html')).resolves.toBe('/home/alex/Documents/a.html');
    await api.createGoal(7, goal);
    await api.updateGoal(3, goal);
    await api.setGoalStatus(3, 'achieved');
    await api.addGoalNote(3, 'note');
    await api.reorderGoals(7, [3, 4]);
    await api.deleteGoal(3);
    await api.listTopics(false);
    await api.createTopic(topic);
    await api.updateTopic(12, topic);
    await api.setTopicHidden(12, true);
    await api.deleteTopic(12);
    expect(seen).toEqual([
      { cmd: 'list_tandems', args: { includeArchived: true } },
      { cmd: 'get_tandem', args: { id: 7 } },
      { cmd: 'create_tandem', args: { input: tandem } },
      { cmd: 'update_tandem', args: { id: 7, input: tandem } },
      { cmd: 'set_tandem_status', args: { id: 7, status: 'paused' } },
      { cmd: 'set_tandem_archived', args: { id: 7, archived: true } },
      { cmd: 'delete_tandem', args: { id: 7 } },
      { cmd: 'create_sample', args: {} },
      { cmd: 'save_agreement', args: { tandemId: 7, input: agreement } },
      { cmd: 'mark_agreement_agreed', args: { tandemId: 7, agreedOn: '2026-01-02' } },
      { cmd: 'list_agreement_versions', args: { tandemId: 7 } },
      { cmd: 'export_agreement', args: { tandemId: 7, version: null, format: 'markdown' } },
      { cmd: 'save_agreement_export', args: { tandemId: 7, version: 2, format: 'html', fileName: 'a.html' } },
      { cmd: 'create_goal', args: { tandemId: 7, input: goal } },
      { cmd: 'update_goal', args: { id: 3, input: goal } },
      { cmd: 'set_goal_status', args: { id: 3, status: 'achieved' } },
      { cmd: 'add_goal_note', args: { goalId: 3, body: 'note' } },
      { cmd: 'reorder_goals', args: { tandemId: 7, orderedIds: [3, 4] } },
      { cmd: 'delete_goal', args: { id: 3 } },
      { cmd: 'list_topics', args: { includeHidden: false } },
      { cmd: 'create_topic', args: { input: topic } },
      { cmd: 'update_topic', args: { id: 12, input: topic } },
      { cmd: 'set_topic_hidden', args: { id: 12, hidden: true } },
      { cmd: 'delete_topic', args: { id: 12 } },
    ]);
  });
});

describe('files and folders', () => {
  it('are chosen in the backend: the file commands send a suggested name or a token, never a path', async () => {
    const seen: { cmd: string; args: unknown }[] = [];
    const answers: Record<string, unknown> = {
      save_agenda_export: '/home/alex/Documents/agenda.md',
      save_agreement_export: null,
      export_calendar: { events: 2, cancelled: 0, path: '/home/alex/Documents/eyelevel.ics' },
      choose_calendar_import: { token: 'abc', file_name: 'invite.ics' },
      choose_feed_folder: null,
    };
    mockIPC((cmd, args) => {
      seen.push({ cmd, args });
      return cmd in answers ? answers[cmd] : {};
    });
    const request = { scope: { kind: 'all' as const }, from: null, to: null };
    const options = { tandem_id: 7, all_day_time: '09:00', all_day_minutes: 60 };
    await expect(api.saveAgendaExport(3, 'markdown', 'agenda.md')).resolves.toBe('/home/alex/Documents/agenda.md');
    await expect(api.saveAgreementExport(7, null, 'html', 'agreement.html')).resolves.toBeNull();
    await expect(calendarApi.exportCalendar(request, 'eyelevel.ics')).resolves.toMatchObject({ events: 2 });
    await expect(calendarApi.chooseImport()).resolves.toEqual({ token: 'abc', file_name: 'invite.ics' });
    await calendarApi.previewImport('abc', options);
    await calendarApi.importCalendar('abc', options);
    await expect(calendarApi.chooseFeedFolder()).resolves.toBeNull();
    await calendarApi.updateSettings({ feed_folder: null });
    expect(seen).toEqual([
      { cmd: 'save_agenda_export', args: { meetingId: 3, format: 'markdown', fileName: 'agenda.md' } },
      { cmd: 'save_agreement_export', args: { tandemId: 7, version: null, format: 'html', fileName: 'agreement.html' } },
      { cmd: 'export_calendar', args: { request, fileName: 'eyelevel.ics' } },
      { cmd: 'choose_calendar_import', args: {} },
      { cmd: 'preview_calendar_import', args: { token: 'abc', options } },
      { cmd: 'import_calendar', args: { token: 'abc', options } },
      { cmd: 'choose_feed_folder', args: {} },
      { cmd: 'update_calendar_settings', args: { patch: { feed_folder: null } } },
    ]);
  });

  it('no wrapper of any api module sends a `path` or opens a dialog from the page', async () => {
    const seen: { cmd: string; args: Record<string, unknown> }[] = [];
    mockIPC((cmd, args) => {
      seen.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
      return null;
    });
    const modules = { api, calendarApi, journalApi, remindersApi, partnerApi } as Record<string, Record<string, unknown>>;
    let wrappers = 0;
    for (const [name, module] of Object.entries(modules)) {
      for (const [key, wrapper] of Object.entries(module)) {
        if (typeof wrapper !== 'function' || (name === 'api' && key === 'onCloseRequested')) continue;
        wrappers += 1;
        // The values don't matter: each wrapper hands them to one command as they are.
        await (wrapper as (...args: unknown[]) => Promise<unknown>)('a', 'b', 'c', 'd').catch(() => {});
      }
    }
    expect(seen.length).toBe(wrappers);
    expect(seen.filter((c) => c.cmd.startsWith('plugin:dialog'))).toEqual([]);
    expect(seen.filter((c) => Object.keys(c.args).some((key) => /path/i.test(key)))).toEqual([]);
    expect(seen.map((c) => c.cmd)).toEqual(
      expect.arrayContaining(['save_agenda_export', 'save_agreement_export', 'export_calendar', 'choose_calendar_import', 'preview_calendar_import', 'import_calendar', 'choose_feed_folder']),
    );
    expect(seen.map((c) => c.cmd)).toEqual(
      expect.arrayContaining(['save_pairing_file', 'open_pairing_file', 'choose_exchange_folder', 'send_exchange_file', 'import_exchange_file']),
    );
  });

  it('send the pairing and exchange commands with their argument shapes', async () => {
    const seen: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      seen.push({ cmd, args });
      return null;
    });
    await partnerApi.status(7);
    await partnerApi.invite(7, 'Alex');
    await partnerApi.accept('eyelevel-invitation:v1:x', null, 'Alex');
    await partnerApi.finish('eyelevel-answer:v1:y');
    await partnerApi.setVerified(7, true);
    await partnerApi.unpair(7);
    await partnerApi.saveFile('eyelevel-answer:v1:y', 'Eyelevel answer - Alex.txt');
    await partnerApi.openFile();
    await partnerApi.chooseFolder(7);
    await partnerApi.clearFolder(7);
    await partnerApi.exchangeNow(7);
    await partnerApi.sendFile(7, 'Eyelevel for Jonas.eyx');
    await partnerApi.importFile();
    await partnerApi.setGoalShared(3, true);
    await partnerApi.setActionShared(4, false);
    await partnerApi.setNoteShared(5, true);
    expect(seen).toEqual([
      { cmd: 'pairing_status', args: { tandemId: 7 } },
      { cmd: 'create_invitation', args: { tandemId: 7, myName: 'Alex' } },
      { cmd: 'accept_invitation', args: { text: 'eyelevel-invitation:v1:x', tandemId: null, myName: 'Alex' } },
      { cmd: 'finish_pairing', args: { text: 'eyelevel-answer:v1:y' } },
      { cmd: 'set_pairing_verified', args: { tandemId: 7, verified: true } },
      { cmd: 'unpair', args: { tandemId: 7 } },
      { cmd: 'save_pairing_file', args: { text: 'eyelevel-answer:v1:y', fileName: 'Eyelevel answer - Alex.txt' } },
      { cmd: 'open_pairing_file', args: {} },
      { cmd: 'choose_exchange_folder', args: { tandemId: 7 } },
      { cmd: 'clear_exchange_folder', args: { tandemId: 7 } },
      { cmd: 'exchange_now', args: { tandemId: 7 } },
      { cmd: 'send_exchange_file', args: { tandemId: 7, fileName: 'Eyelevel for Jonas.eyx' } },
      { cmd: 'import_exchange_file', args: {} },
      { cmd: 'set_goal_shared', args: { id: 3, shared: true } },
      { cmd: 'set_action_shared', args: { id: 4, shared: false } },
      { cmd: 'set_note_shared', args: { meetingId: 5, shared: true } },
    ]);
  });
});
