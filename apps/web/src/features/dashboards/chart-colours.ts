// Series colours for charts: distinct at a glance and at least 3:1 against white (WCAG 1.4.11).
// The chart never carries meaning alone: a table with the same figures follows it.
export const SERIES_COLOURS = ["#0062ba", "#c05600", "#1a7f37", "#8a2be2", "#b3261e"] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? "#0062ba";
}
