// Shared set-up for the reminder tests: a tandem, delivered reminders and the app on a page.
import type { MockBackend, MockConfig } from '../support/mock-backend';
import { remindersOf, type MockReminders } from '../support/mock-reminders';
import { openApp } from './app-helpers';

export function addTandem(backend: MockBackend, title = 'Jonas & me', role: 'mentor' | 'mentee' = 'mentee') {
  return backend.store.createTandem({
    title,
    my_role: role,
    partner_name: 'Jonas Weber',
    partner_contact: null,
    program: null,
    start_date: '2026-01-05',
    planned_end_date: null,
    cadence: { every: 2, unit: 'week', minutes: 60 },
    focus_topic_ids: [],
  });
}

/** The app at a page, with Berlin as the zone, a tandem and the given reminder state. */
export async function openWithReminders(hash: string, state: Partial<MockReminders> = {}, config: MockConfig = {}) {
  const app = await openApp('#/today', { ...config, settings: { time_zone: 'Europe/Berlin', ...config.settings } });
  const tandem = addTandem(app.backend);
  Object.assign(remindersOf(app.backend), state);
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  return { ...app, tandem };
}

export const calls = (backend: MockBackend, cmd: string) => backend.calls.filter((c) => c.cmd === cmd).map((c) => c.args);
