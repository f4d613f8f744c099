import type { Executor } from "../shared/executor.js";

// Indicator values reported in a status report are IndicatorValue rows linked to the report,
// measured at the end of its period, so they show in the indicator's chart like any value.

export interface ReportedValue {
  indicatorId: string;
  value: number;
}

/** The output indicators of a measure among `indicatorIds`: the ones a report on it may carry. */
export async function listIndicatorIdsOfMeasure(db: Executor, measureId: string, indicatorIds: readonly string[]): Promise<string[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await db
    .selectFrom("indicator")
    .select("id")
    .where("measureId", "=", measureId)
    .where("id", "in", [...indicatorIds])
    .execute();
  return rows.map((row) => row.id);
}

/** Replaces the values a report carries: the ones left out are removed, the others upserted. */
export async function replaceReportedValues(
  db: Executor,
  report: { id: string; municipalityId: string | null; measuredOn: string },
  values: readonly ReportedValue[],
): Promise<void> {
  await db.deleteFrom("indicatorValue").where("reportId", "=", report.id).execute();
  if (values.length === 0) return;
  await db
    .insertInto("indicatorValue")
    .values(values.map((value) => ({
      indicatorId: value.indicatorId,
      value: value.value,
      municipalityId: report.municipalityId,
      measuredOn: report.measuredOn,
      reportId: report.id,
    })))
    .onConflict((oc) =>
      oc.constraint("indicator_value_one_per_date").doUpdateSet((eb) => ({
        value: eb.ref("excluded.value"),
        status: null,
        source: "manual",
        reportId: eb.ref("excluded.reportId"),
        version: eb(eb.ref("indicatorValue.version"), "+", 1),
      })),
    )
    .execute();
}

export async function listReportedValues(db: Executor, reportId: string): Promise<ReportedValue[]> {
  const rows = await db
    .selectFrom("indicatorValue")
    .select(["indicatorId", "value"])
    .where("reportId", "=", reportId)
    .orderBy("indicatorId")
    .execute();
  return rows.map((row) => ({ indicatorId: row.indicatorId, value: Number(row.value) }));
}

export interface ReportedValueOfIndicator extends ReportedValue {
  name: string;
  unit: string;
  target: number | null;
  measureId: string | null;
  municipalityName: string | null;
}

/** The indicator values several reports carry, with what a reader needs to know of each, in one query. */
export async function listReportedValuesOfReports(db: Executor, reportIds: readonly string[]): Promise<ReportedValueOfIndicator[]> {
  if (reportIds.length === 0) return [];
  const rows = await db
    .selectFrom("indicatorValue")
    .innerJoin("indicator", "indicator.id", "indicatorValue.indicatorId")
    .leftJoin("organisation", "organisation.id", "indicatorValue.municipalityId")
    .select([
      "indicatorValue.indicatorId", "indicatorValue.value", "indicator.name", "indicator.unit",
      "indicator.target", "indicator.measureId", "organisation.name as municipalityName",
    ])
    .where("indicatorValue.reportId", "in", [...reportIds])
    .where("indicatorValue.value", "is not", null)
    .orderBy("indicator.name")
    .orderBy("organisation.name")
    .execute();
  return rows.map((row) => ({
    indicatorId: row.indicatorId,
    value: Number(row.value),
    name: row.name,
    unit: row.unit,
    target: row.target === null ? null : Number(row.target),
    measureId: row.measureId,
    municipalityName: row.municipalityName,
  }));
}
