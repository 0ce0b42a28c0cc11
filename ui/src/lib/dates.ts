// Calendar days travel as "YYYY-MM-DD" strings (NaiveDate in the core); these helpers work
// on the user's local calendar, never on UTC midnight.

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today on the local calendar. */
export function today(): string {
  return isoDay(new Date());
}

export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDay(date) === value;
}

/** The day part of an RFC 3339 instant, on the local calendar. */
export function dayOfInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant.slice(0, 10) : isoDay(date);
}
