// What the form suggests for the next period: it starts the day after the current one ends and
// is as long (in whole months when the current one is, so 2022–2023 becomes 2024–2025), and its
// title is the current title with the years moved on.

interface Period {
  periodStart: string;
  periodEnd: string;
}

const DAY = 86_400_000;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY));
}

/** `iso` moved by whole months, or null when the day of the month does not exist there. */
function addMonths(iso: string, months: number): string | null {
  const date = toDate(iso);
  const moved = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
  return moved.getUTCDate() === date.getUTCDate() ? toIso(moved) : null;
}

export function nextPeriod(current: Period): Period {
  const periodStart = addDays(current.periodEnd, 1);
  const start = toDate(current.periodStart);
  const next = toDate(periodStart);
  if (start.getUTCDate() === next.getUTCDate()) {
    const months = (next.getUTCFullYear() - start.getUTCFullYear()) * 12 + next.getUTCMonth() - start.getUTCMonth();
    const after = addMonths(periodStart, months);
    if (after) return { periodStart, periodEnd: addDays(after, -1) };
  }
  const days = Math.round((toDate(current.periodEnd).getTime() - start.getTime()) / DAY);
  return { periodStart, periodEnd: addDays(periodStart, days) };
}

function yearsOf(period: Period): string {
  const from = period.periodStart.slice(0, 4);
  const to = period.periodEnd.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

/**
 * "Handlingsprogram 2022–2023" → "Handlingsprogram 2024–2025". A title that does not name the
 * current years gets the new ones after the programme's term ("Handlingsprogram", "Handlingsplan").
 */
export function nextTitle(title: string, current: Period, next: Period, term: string): string {
  const years = yearsOf(current);
  const pattern = new RegExp(years.replace("–", "\\s*[–-]\\s*"));
  if (pattern.test(title)) return title.replace(pattern, yearsOf(next));
  return `${term} ${yearsOf(next)}`;
}
