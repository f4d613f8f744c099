import type { IndicatorRow, IndicatorValueRow, IndicatorValueWithMunicipality } from "@samspill/db";
import { sourceBindingOf } from "@samspill/domain";
import { instant } from "../../trpc/instant.js";

// Indicators as the client draws them: one series per municipality (and one for the total,
// `municipalityId: null`), each a list of points in date order, ready for a line chart.

export function indicatorRowView(indicator: IndicatorRow) {
  return {
    id: indicator.id,
    kind: indicator.kind,
    goalId: indicator.goalId,
    measureId: indicator.measureId,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    baselineDate: indicator.baselineDate,
    target: indicator.target,
    targetDate: indicator.targetDate,
    source: indicator.source,
    sourceRef: indicator.sourceRef,
    /** The source binding as the import reads it; null for an indicator kept by hand. */
    binding: sourceBindingOf(indicator),
    perMunicipality: indicator.perMunicipality,
    version: indicator.version,
  };
}

export function valueRowView(value: IndicatorValueRow) {
  return {
    id: value.id,
    indicatorId: value.indicatorId,
    municipalityId: value.municipalityId,
    measuredOn: value.measuredOn,
    value: value.value,
    status: value.status,
    source: value.source,
    importedAt: instant(value.importedAt),
    version: value.version,
  };
}


export interface Series {
  municipalityId: string | null;
  municipalityName: string | null;
  points: Array<{
    id: string; date: string; value: number | null; status: string | null; source: string;
    /** When an import last wrote the value; null for values entered by hand. */
    importedAt: string | null;
    version: number;
  }>;
}

/** Values (already in date order) grouped into series, the total first, then by municipality name. */
export function seriesOf(values: readonly IndicatorValueWithMunicipality[]): Series[] {
  const byMunicipality = new Map<string | null, Series>();
  for (const value of values) {
    const key = value.municipalityId;
    const series = byMunicipality.get(key) ?? { municipalityId: key, municipalityName: value.municipalityName, points: [] };
    byMunicipality.set(key, series);
    series.points.push({
      id: value.id, date: value.measuredOn, value: value.value, status: value.status, source: value.source,
      importedAt: instant(value.importedAt), version: value.version,
    });
  }
  return [...byMunicipality.values()].sort((a, b) => {
    if (a.municipalityId === null) return -1;
    if (b.municipalityId === null) return 1;
    return (a.municipalityName ?? "").localeCompare(b.municipalityName ?? "");
  });
}

/** Each indicator with its series, from one query of all their values. */
export function withSeries(indicators: readonly IndicatorRow[], values: readonly IndicatorValueWithMunicipality[]) {
  return indicators.map((indicator) => ({
    ...indicatorRowView(indicator),
    series: seriesOf(values.filter((value) => value.indicatorId === indicator.id)),
  }));
}
