// The partner's changes arriving while the app is open: by themselves through the shared folder
// (the shell's `exchange-changed`), from a file dropped on the window (`exchange-received`), or
// from "Exchange now" / "Import from partner…". Each arrival raises `exchange.generation`; the
// pages that show shared items reload when it changes (`reloadOnExchange`), and the toast says
// in plain words what came.
import { untrack } from 'svelte';
import { announce } from './announce.svelte';
import { onExchangeChanged, onExchangeReceived, onExchangeStatus, partnerApi, type DropOutcome } from './api-partner';
import type { ReceivedChange } from './bindings';
import { errorKey, t } from './i18n/index.svelte';
import { arrivedMessage, realChanges, reportMessage } from './partner-text';

const state = $state({ generation: 0, status: 0 });

export const exchange = {
  /** Raised whenever something of the partner's arrived. */
  get generation(): number {
    return state.generation;
  },
};

/** Tells the pages that the partner's changes arrived (they reload what they show). */
export function partnerChanged(): void {
  state.generation++;
}

/**
 * Runs `load` again whenever the partner's changes arrived, for as long as the calling component
 * lives (call it while the component initialises).
 */
export function reloadOnExchange(load: () => unknown): void {
  let seen = untrack(() => state.generation);
  $effect(() => {
    const now = state.generation;
    if (now === seen) return;
    seen = now;
    untrack(() => void load());
  });
}

/**
 * Runs `load` again whenever the exchange status moved on (a file written or read, a problem),
 * for as long as the calling component lives.
 */
export function reloadOnExchangeStatus(load: () => unknown): void {
  let seen = untrack(() => state.status);
  $effect(() => {
    const now = state.status;
    if (now === seen) return;
    seen = now;
    untrack(() => void load());
  });
}

/** The partner's own name as they gave it when pairing; null when unknown or not paired. */
export async function partnerNameOf(tandemId: number): Promise<string | null> {
  try {
    return (await partnerApi.status(tandemId)).partner_name;
  } catch {
    return null;
  }
}

/** "New from Alex: …", one sentence per tandem the changes are about. */
export async function arrivedText(changes: readonly ReceivedChange[]): Promise<string> {
  const byTandem = new Map<number, ReceivedChange[]>();
  for (const change of realChanges(changes)) byTandem.set(change.tandem_id, [...(byTandem.get(change.tandem_id) ?? []), change]);
  const parts = await Promise.all([...byTandem].map(async ([tandemId, list]) => arrivedMessage(await partnerNameOf(tandemId), list)));
  return parts.join(' · ');
}

async function arrived(changes: readonly ReceivedChange[]): Promise<void> {
  if (!realChanges(changes).length) return;
  partnerChanged();
  announce(await arrivedText(changes), 6000);
}

async function dropped(outcome: DropOutcome): Promise<void> {
  state.status++;
  if (outcome.error) {
    announce(t(errorKey(outcome.error.code)), 8000, 'problem');
    return;
  }
  const changes = realChanges(outcome.report.changes);
  if (changes.length) {
    await arrived(changes);
    return;
  }
  announce(reportMessage(outcome.report, null), 6000, outcome.report.partner_newer ? 'problem' : 'done');
}

/** Follows the shell's exchange events; the returned function stops (e.g. on lock). */
export function startExchangeEvents(): () => void {
  let stopped = false;
  const stops: (() => void)[] = [];
  const keep = (promise: Promise<() => void>) =>
    void promise.then((stop) => {
      if (stopped) stop();
      else stops.push(stop);
    });
  keep(onExchangeChanged((changes) => !stopped && void arrived(changes)));
  keep(onExchangeReceived((outcome) => !stopped && void dropped(outcome)));
  keep(
    onExchangeStatus(() => {
      if (!stopped) state.status++;
    }),
  );
  return () => {
    stopped = true;
    stops.splice(0).forEach((stop) => stop());
  };
}
