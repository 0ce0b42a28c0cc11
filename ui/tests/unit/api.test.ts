import { describe, expect, it } from 'vitest';
import { mockIPC } from '@tauri-apps/api/mocks';
import { api, ApiError, toApiError } from '../../src/lib/api';
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

  it('returns an ApiError unchanged', () => {
    const error = new ApiError('locked', 'locked');
    expect(toApiError(error)).toBe(error);
  });
});

describe('api wrappers', () => {
  it('send the contract command names and argument shapes', async () => {
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
});
