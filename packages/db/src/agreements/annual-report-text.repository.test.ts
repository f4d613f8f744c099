import { describe, expect, it } from "vitest";
import { createAgreement, createReportingPeriod, getTestDb } from "../testing/index.js";
import { findAnnualReportText, saveAnnualReportText } from "./annual-report-text.repository.js";

const FIELDS = {
  summary: "Et godt år.", approval: "Godkjent av rådet 15.02.2024, sak 3/24.", signatoryName: "Tore Eksempel",
  signatoryTitle: "Leder", place: "Hamar", signedOn: "2024-02-20",
};

describe("the texts of the report to the county", () => {
  it("are written once per agreement and period, and changed at the version read", async () => {
    const db = await getTestDb();
    const { agreement, parties } = await createAgreement(db);
    const period = await createReportingPeriod(db, { councilId: parties[1]!.organisationId });
    const other = await createReportingPeriod(db, { councilId: parties[1]!.organisationId });
    const key = { agreementId: agreement.id, periodId: period.id, updatedBy: null };

    expect(await findAnnualReportText(db, agreement.id, period.id)).toBeUndefined();
    const first = await saveAnnualReportText(db, key, FIELDS, 0);
    expect(first).toMatchObject({ ...FIELDS, version: 1 });
    const second = await saveAnnualReportText(db, key, { ...FIELDS, place: "Stange" }, 1);
    expect(second).toMatchObject({ id: first.id, place: "Stange", version: 2 });
    await expect(saveAnnualReportText(db, key, FIELDS, 1)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(saveAnnualReportText(db, key, FIELDS, 0)).rejects.toMatchObject({ code: "CONFLICT" });

    // Another period of the same agreement has texts of its own.
    expect(await findAnnualReportText(db, agreement.id, other.id)).toBeUndefined();
    await expect(saveAnnualReportText(db, { ...key, periodId: other.id }, FIELDS, 3)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
