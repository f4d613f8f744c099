// Which source each date's values came from, for the table beside an indicator's chart: values
// imported from SSB or Kolada carry the source and the time of the import, the rest were
// entered by hand.

interface Point {
  date: string;
  source: string;
  importedAt: string | null;
  value: number | null;
  status: string | null;
}

interface SeriesLike {
  points: readonly Point[];
}

export interface RowSource {
  source: string;
  /** Null for values entered by hand. */
  importedAt: string | null;
}

/** The distinct sources of the values on one date, imported ones first. */
export function sourcesOn(series: readonly SeriesLike[], date: string): RowSource[] {
  const seen = new Map<string, RowSource>();
  for (const item of series) {
    for (const point of item.points) {
      if (point.date !== date) continue;
      const importedAt = point.source === "manual" ? null : point.importedAt;
      seen.set(`${point.source}|${importedAt ?? ""}`, { source: point.source, importedAt });
    }
  }
  return [...seen.values()].sort((a, b) => Number(a.importedAt === null) - Number(b.importedAt === null));
}

/** The point of one series on a date, to show a status where the source has no figure. */
export function pointOn(series: SeriesLike | undefined, date: string): Point | undefined {
  return series?.points.find((point) => point.date === date);
}

/** The latest import per source across the whole indicator, for the note under the chart. */
export function importsOf(series: readonly SeriesLike[]): Array<{ source: string; importedAt: string }> {
  const latest = new Map<string, string>();
  for (const item of series) {
    for (const point of item.points) {
      if (point.source === "manual" || !point.importedAt) continue;
      const known = latest.get(point.source);
      if (!known || point.importedAt > known) latest.set(point.source, point.importedAt);
    }
  }
  return [...latest.entries()].map(([source, importedAt]) => ({ source, importedAt }));
}
