import { DomainError } from "@samspill/domain";
import type { Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";
import type { Executor } from "../shared/executor.js";
import { updateWithVersion } from "../shared/update-with-version.js";

// The texts the secretariat writes for the report to the county, one set per agreement and
// reporting period. Version 0 stands for "nothing written yet", so the first save and every
// later one go through the same version check.

export type AnnualReportTextRow = Selectable<Database["annualReportText"]>;
export type AnnualReportTextFields = Required<Pick<
  Updateable<Database["annualReportText"]>,
  "summary" | "approval" | "signatoryName" | "signatoryTitle" | "place" | "signedOn"
>>;

export async function findAnnualReportText(db: Executor, agreementId: string, periodId: string): Promise<AnnualReportTextRow | undefined> {
  return db
    .selectFrom("annualReportText")
    .selectAll()
    .where("agreementId", "=", agreementId)
    .where("periodId", "=", periodId)
    .executeTakeFirst();
}

export async function saveAnnualReportText(
  db: Executor,
  key: { agreementId: string; periodId: string; updatedBy: string | null },
  fields: AnnualReportTextFields,
  expectedVersion: number,
): Promise<AnnualReportTextRow> {
  const current = await findAnnualReportText(db, key.agreementId, key.periodId);
  if (!current) {
    if (expectedVersion !== 0) {
      throw new DomainError("CONFLICT", { reason: "version_mismatch", params: { table: "annualReportText", currentVersion: 0 } });
    }
    return db.insertInto("annualReportText").values({ ...key, ...fields }).returningAll().executeTakeFirstOrThrow();
  }
  return updateWithVersion(db, "annualReportText", current.id, expectedVersion, { ...fields, updatedBy: key.updatedBy });
}
