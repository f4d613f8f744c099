import type { Period } from "./types";

/**
 * The period a contributor works on today: the one running now; between periods the latest
 * one already started (its deadline may still be ahead); before any started, the earliest.
 * Dates are ISO (yyyy-mm-dd), so they compare as strings.
 */
export function currentPeriod(periods: readonly Period[], today: string): Period | undefined {
  const running = periods.find((period) => period.periodStart <= today && today <= period.periodEnd);
  if (running) return running;
  const started = periods.filter((period) => period.periodStart <= today).sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  return started[0] ?? [...periods].sort((a, b) => a.periodStart.localeCompare(b.periodStart))[0];
}

export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
