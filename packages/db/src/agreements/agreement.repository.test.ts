import { describe, expect, it } from "vitest";
import { setObligationsOfMeasure } from "../measures/measure.repository.js";
import { createAgreement, createMeasure, createOrganisation, getTestDb } from "../testing/index.js";
import {
  findAgreementDetails,
  insertFundingCommitment,
  insertObligation,
  listAgreementsByCounty,
  listAgreementsOfParty,
} from "./agreement.repository.js";

describe("partnership agreements", () => {
  it("lists a county's agreements newest first and the agreements of a party", async () => {
    const db = await getTestDb();
    const county = await createOrganisation(db, { kind: "county" });
    const municipality = await createOrganisation(db, { countyId: county.id });
    const older = await createAgreement(db, { countyId: county.id, periodStart: "2020-01-01", periodEnd: "2023-12-31" });
    const newer = await createAgreement(db, { countyId: county.id, partyIds: [municipality.id] });

    expect((await listAgreementsByCounty(db, county.id)).map((a) => a.id)).toEqual([newer.agreement.id, older.agreement.id]);
    expect((await listAgreementsOfParty(db, municipality.id)).map((a) => a.id)).toEqual([newer.agreement.id]);
  });

  it("fetches an agreement with parties, obligations (and the measures fulfilling them) and funding", async () => {
    const db = await getTestDb();
    const { agreement, parties } = await createAgreement(db);
    const obligation = await insertObligation(db, {
      agreementId: agreement.id,
      partyId: parties[1]!.organisationId,
      title: "Report yearly",
    });
    const idle = await insertObligation(db, {
      agreementId: agreement.id,
      partyId: agreement.countyId,
      title: "Fund",
      position: 1,
    });
    const measure = await createMeasure(db);
    await setObligationsOfMeasure(db, measure.id, [obligation.id]);
    await insertFundingCommitment(db, {
      agreementId: agreement.id,
      year: 2024,
      source: "county_partnership_funds",
      amountMinor: 1_000_000_00,
      currency: "NOK",
    });

    const details = await findAgreementDetails(db, agreement.id);

    expect(details?.parties).toHaveLength(2);
    expect(details?.obligations).toMatchObject([
      { id: obligation.id, measureIds: [measure.id] },
      { id: idle.id, measureIds: [] },
    ]);
    expect(details?.fundingCommitments).toMatchObject([{ year: 2024, amountMinor: 1_000_000_00 }]);
  });
});
