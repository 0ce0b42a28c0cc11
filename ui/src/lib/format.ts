// Display helpers shared by the tandem pages (all text goes through i18n).
import type { AgreementState, Cadence, GoalStatus, TandemStatus } from './bindings';
import { t, tp } from './i18n/index.svelte';

/** "Every 2 weeks · 60 minutes" / "Alle 2 Wochen · 60 Minuten". */
export function cadenceText(cadence: Cadence): string {
  const rhythm = tp(cadence.unit === 'week' ? 'tandem.cadence_week' : 'tandem.cadence_month', cadence.every);
  return `${rhythm} · ${t('tandem.cadence_minutes', { minutes: cadence.minutes })}`;
}

export const STATUS_BADGE: Record<TandemStatus, string> = {
  active: 'badge-accent',
  paused: '',
  finished: 'badge-neutral',
};

export const AGREEMENT_BADGE: Record<AgreementState, string> = {
  missing: 'badge-neutral',
  draft: '',
  agreed: 'badge-success',
  review_due: 'badge-danger',
};

export const GOAL_BADGE: Record<GoalStatus, string> = {
  open: 'badge-neutral',
  in_progress: 'badge-accent',
  achieved: 'badge-success',
  dropped: 'badge-neutral',
};

export const GOAL_STATUSES: readonly GoalStatus[] = ['open', 'in_progress', 'achieved', 'dropped'];

export function isActiveGoal(status: GoalStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

/** A file name from a title: "Jonas & me: AI" → "jonas-me-ai". */
export function slug(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base.slice(0, 60) || 'tandem';
}
