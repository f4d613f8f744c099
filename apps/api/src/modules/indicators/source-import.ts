import { listMunicipalitiesOfIndicator, upsertIndicatorValues, type Executor, type IndicatorRow } from "@samspill/db";
import {
  DomainError, regionsToImport, sourceBindingOf, valuesFromObservations,
  type ImportedValue, type SourceBinding, type SourceObservation, type SourceRegion,
} from "@samspill/domain";
import { isStatisticsError, periodDate, type StatisticsClients } from "@samspill/statistics";

// Importing an indicator's values from SSB or Kolada, in three steps so that the source is
// asked outside any database transaction and a failing source leaves the database untouched:
// plan (what to ask for), fetch (ask; every failure becomes SOURCE_UNAVAILABLE), write (one
// statement inside the caller's transaction).

/** How many of the latest periods an import asks for. */
export const IMPORT_PERIODS = 5;

export interface ImportPlan {
  binding: SourceBinding;
  regions: SourceRegion[];
}

export async function planImport(db: Executor, indicator: IndicatorRow, today: string): Promise<ImportPlan> {
  const binding = sourceBindingOf(indicator);
  if (!binding) throw new DomainError("INVALID_STATE", { reason: "indicator_not_bound", params: { indicatorId: indicator.id } });
  const municipalities = await listMunicipalitiesOfIndicator(db, indicator, today);
  const regions = regionsToImport(binding, indicator, municipalities);
  if (regions.length === 0) {
    throw new DomainError("INVALID_STATE", { reason: "no_source_regions", params: { indicatorId: indicator.id } });
  }
  return { binding, regions };
}

export async function fetchValues(clients: StatisticsClients, plan: ImportPlan, now: Date): Promise<ImportedValue[]> {
  try {
    return valuesFromObservations(plan.regions, await observe(clients, plan, now));
  } catch (error) {
    if (!isStatisticsError(error)) throw error;
    throw new DomainError("SOURCE_UNAVAILABLE", {
      reason: `source_${error.kind}`,
      params: { source: error.source, status: error.details.status ?? null },
      cause: error,
    });
  }
}

async function observe(clients: StatisticsClients, { binding, regions }: ImportPlan, now: Date): Promise<SourceObservation[]> {
  const codes = [...new Set(regions.flatMap((region) => region.codes))];
  const at = (period: string) => periodDate(period, binding.at);
  if (binding.source === "ssb") {
    const rows = await clients.ssb.series({ table: binding.table, contentsCode: binding.contentsCode, regions: codes, periods: { top: IMPORT_PERIODS } });
    return rows.flatMap((row) => {
      const date = at(row.period);
      return date ? [{ code: row.region, date, value: row.value, status: row.status }] : [];
    });
  }
  const year = now.getUTCFullYear();
  const years = Array.from({ length: IMPORT_PERIODS }, (_, index) => year - IMPORT_PERIODS + index);
  const rows = await clients.kolada.data({ kpi: binding.kpi, municipalities: codes, years });
  return rows.flatMap((row) => {
    const date = at(row.period);
    return date ? [{ code: row.municipality, date, value: row.value, status: row.status }] : [];
  });
}

/** Writes the values marked with their source and the time of the import; answers how many. */
export async function writeValues(
  trx: Executor,
  indicatorId: string,
  source: SourceBinding["source"],
  values: readonly ImportedValue[],
  importedAt: Date,
): Promise<number> {
  const rows = await upsertIndicatorValues(
    trx,
    values.map((value) => ({ indicatorId, ...value, source, importedAt, reportId: null })),
  );
  return rows.length;
}
