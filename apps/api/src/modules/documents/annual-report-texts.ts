import { findReportingPeriodById, type AnnualReportTextRow, type Executor } from "@samspill/db";
import { IdSchema, IsoDateSchema, optionalText, type Resource } from "@samspill/domain";
import { z } from "zod";
import { authorizedAgreement, type Authorize } from "../agreements/agreement-access.js";
import { periodNotOfAgreement, reportScope, type ReportScope } from "./report-scope.js";

// What the secretariat writes for the report to the county — the summary, how it was approved,
// who signs it, where and when — for one agreement and reporting period. Whoever reads the
// agreement reads the texts; the secretariat of the council that reports writes them.

export const AnnualReportTextsKeySchema = z.strictObject({ agreementId: IdSchema, periodId: IdSchema });

export const AnnualReportTextsFields = {
  summary: optionalText(20_000),
  approval: optionalText(500),
  signatoryName: optionalText(200),
  signatoryTitle: optionalText(200),
  place: optionalText(100),
  signedOn: IsoDateSchema.nullable(),
};

export interface TextsPlace {
  resource: Resource;
  scope: ReportScope;
}

/** The agreement (authorized for `action`) and a period it reports on; any other period reads as not the agreement's. */
export async function textsPlace(db: Executor, authorize: Authorize, key: z.infer<typeof AnnualReportTextsKeySchema>): Promise<TextsPlace> {
  const { parties, resource } = await authorizedAgreement(db, authorize, key.agreementId);
  const period = await findReportingPeriodById(db, key.periodId);
  const scope = period ? await reportScope(db, parties, period) : undefined;
  if (!scope) throw periodNotOfAgreement();
  return { resource, scope };
}

export function textsView(row: AnnualReportTextRow | undefined) {
  return {
    summary: row?.summary ?? "",
    approval: row?.approval ?? "",
    signatoryName: row?.signatoryName ?? "",
    signatoryTitle: row?.signatoryTitle ?? "",
    place: row?.place ?? "",
    signedOn: row?.signedOn ?? null,
    /** 0 until the texts are first saved. */
    version: row?.version ?? 0,
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
  };
}
