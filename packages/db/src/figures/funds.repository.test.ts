import { describe, expect, it } from "vitest";
import { insertFundingCommitment, insertMeasureObligationLink, insertObligation } from "../index.js";
import { createAgreement, createMeasure, createProgramme, createReportingPeriod, createStatusReport, getTestDb } from "../testing/index.js";
import { loadAgreementMoney } from "./funds.repository.js";

describe("the money figures' facts", () => {
  it("load each agreement's commitments and linked measures, and the approved spending lines on them", async () => {
    const db = await getTestDb();
    const { agreement, parties } = await createAgreement(db);
    const council = parties[1]!.organisationId;
    const { programme } = await createProgramme(db, { ownerId: council, status: "adopted", focusAreaCount: 0 });
    const measure = await createMeasure(db, { programmeId: programme.id });
    // Two obligations fulfilled by the same measure: it is linked once.
    for (const title of ["Koordinere", "Rapportere"]) {
      const obligation = await insertObligation(db, { agreementId: agreement.id, partyId: council, title });
      await insertMeasureObligationLink(db, obligation.id, measure.id);
    }
    for (const [year, source] of [[2024, "county_partnership_funds"], [2024, "county_partnership_funds"], [2025, "council_funds"]] as const) {
      await insertFundingCommitment(db, {
        agreementId: agreement.id, year, source, sourceName: `${source} ${Math.random()}`, amountMinor: 100_00, currency: "NOK",
      });
    }
    const period = await createReportingPeriod(db, { councilId: council });
    const spending = [{ fundingSource: "county_partnership_funds" as const, amountMinor: 40_00 }, { fundingSource: "external" as const, amountMinor: 7_00 }];
    const approved = await createStatusReport(db, { measureId: measure.id, periodId: period.id, workflowStatus: "approved", spending });
    await createStatusReport(db, { measureId: (await createMeasure(db, { programmeId: programme.id })).id, periodId: period.id, workflowStatus: "approved", spending });
    const submittedPeriod = await createReportingPeriod(db, { councilId: council, periodStart: "2025-01-01", periodEnd: "2025-12-31", deadline: "2026-01-31" });
    await createStatusReport(db, { measureId: measure.id, periodId: submittedPeriod.id, workflowStatus: "submitted", spending });

    const facts = await loadAgreementMoney(db, { agreementIds: [agreement.id] });
    expect(facts.agreements).toEqual([{
      agreementId: agreement.id, periodStart: "2024-01-01", periodEnd: "2027-12-31", measureIds: [measure.id],
      commitments: expect.arrayContaining([
        { year: 2024, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 200_00 },
        { year: 2025, fundingSource: "council_funds", currency: "NOK", amountMinor: 100_00 },
      ]),
    }]);
    expect(facts.spending.sort((a, b) => a.fundingSource.localeCompare(b.fundingSource))).toEqual([
      { reportId: approved.id, measureId: measure.id, periodEnd: "2024-12-31", fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 40_00 },
      { reportId: approved.id, measureId: measure.id, periodEnd: "2024-12-31", fundingSource: "external", currency: "NOK", amountMinor: 7_00 },
    ]);
    expect(approved.spentMinor).toBe(47_00);
    expect(await loadAgreementMoney(db, { agreementIds: [] })).toEqual({ agreements: [], spending: [] });
  });
});
