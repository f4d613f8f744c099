/** The reminder lead time as typed: a whole number of days from 1 to 60, or undefined. */
export function parseReminderDays(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return undefined;
  const days = Number(trimmed);
  return days >= 1 && days <= 60 ? days : undefined;
}
