// The partner exchange in words: what arrived ("New from Alex: 2 agenda points, 1 action
// item"), what a read or import did, and the exchange's problem as a sentence.
import type { ExchangeProblem, ReceivedChange, ReceiveReport, SharedKind } from './bindings';
import { t, tp, type MessageKey, type PluralKey } from './i18n/index.svelte';

/** The kinds in the order a summary names them (most concrete first). */
const KIND_ORDER: readonly SharedKind[] = ['agenda_item', 'action', 'meeting', 'note', 'goal', 'agreement', 'expectations', 'agreed', 'tandem'];

/** The partner's name, or "your partner" when it is not known (yet). */
export function partnerLabel(name: string | null | undefined): string {
  const trimmed = name?.trim();
  return trimmed ? trimmed : t('partner.your_partner');
}

/**
 * The same after "from", "with" …: German declines the stand-in ("von deinem Gegenüber"), so
 * the messages that put the name there take this form.
 */
export function partnerDative(name: string | null | undefined): string {
  const trimmed = name?.trim();
  return trimmed ? trimmed : t('partner.your_partner_dative');
}

/** The changes that changed something (a dry run's "unchanged" rows are left out). */
export function realChanges(changes: readonly ReceivedChange[]): ReceivedChange[] {
  return changes.filter((change) => change.change !== 'unchanged');
}

/** "2 agenda points, 1 action item" – how many items of each kind changed. */
export function changeSummary(changes: readonly ReceivedChange[]): string {
  const counts = new Map<SharedKind, number>();
  for (const change of realChanges(changes)) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
  return KIND_ORDER.filter((kind) => counts.has(kind))
    .map((kind) => tp(`partner.kinds_count.${kind}` as PluralKey, counts.get(kind)!))
    .join(', ');
}

/** "New from Alex: 2 agenda points, 1 action item". */
export function arrivedMessage(name: string | null | undefined, changes: readonly ReceivedChange[]): string {
  return t('partner.arrived', { name: partnerDative(name), changes: changeSummary(changes) });
}

/** What reading the partner's files did, as one sentence for the toast. */
export function reportMessage(report: ReceiveReport, name: string | null | undefined): string {
  if (realChanges(report.changes).length) return arrivedMessage(name, report.changes);
  if (report.partner_newer) return t('partner.problem.too_new');
  if (report.waiting > 0) return t('partner.report.waiting', { name: partnerDative(name) });
  return t('partner.report.nothing_new', { name: partnerDative(name) });
}

/** The name of one kind of shared item ("Agenda point"), e.g. in the list of replaced values. */
export function kindLabel(kind: SharedKind): string {
  return t(`partner.kinds.${kind}` as MessageKey);
}

/** The exchange's last problem as a sentence, naming the file it is about (when there is one). */
export function problemText(problem: ExchangeProblem, file: string | null): string {
  return t(`partner.problem.${problem}` as MessageKey, { file: file ? ` (${file})` : '' });
}
