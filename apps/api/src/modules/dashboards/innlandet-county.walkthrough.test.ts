import { describe, expect, it } from "vitest";
import { insertFundingCommitment, insertMeasureObligationLink, insertMembership, insertObligation } from "@samspill/db";
import { createAgreement, createOrganisation, getTestDb, uniqueName } from "@samspill/db/testing";
import { signedInUser, trpcQuery, type TrpcBody } from "../../testing/harness.js";
import { councilWork } from "./dashboard-fixtures.js";

// PRODUCT.md walkthrough "Innlandet county": a county official sees every partnership agreement
// in the county, which councils have reported for the period, and funds committed vs. spent.

const data = <T>(body: TrpcBody) => body.result?.data as T;

interface Funds {
  committedMinor: number;
  spentMinor: number;
  remainingMinor: number;
  overspent: boolean;
}

interface CountyDashboard {
  agreements: Array<{ id: string; parties: Array<{ organisationId: string }>; funds: Funds[] }>;
  compliance: Array<{ councilId: string; periodId: string; expected: number; reported: number; approved: number; outstanding: number }>;
  funds: { rows: Array<Funds & { year: number; fundingSource: string; currency: string }>; total: Funds[] };
  measuresByOwner: Array<{ ownerId: string; counts: Record<string, number> }>;
}

async function innlandet() {
  const db = await getTestDb();
  const county = await createOrganisation(db, { kind: "county", name: uniqueName("Innlandet fylkeskommune") });
  const council = async (name: string, memberNames: string[]) => {
    const row = await createOrganisation(db, { kind: "regional_council", countyId: county.id, name: uniqueName(name) });
    const members = [];
    for (const memberName of memberNames) {
      const member = await createOrganisation(db, { kind: "municipality", countyId: county.id, name: uniqueName(memberName) });
      await insertMembership(db, { councilId: row.id, municipalityId: member.id, validFrom: "2020-01-01" });
      members.push(member);
    }
    return { council: row, members };
  };
  const hamar = await council("Hamarregionen", ["Stange", "Hamar"]);
  const sorOsterdal = await council("Sør-Østerdal", ["Elverum"]);
  const [elverum] = sorOsterdal.members;
  if (!elverum) throw new Error("Elverum missing");
  // Hamarregionen: Stange has reported on both its parts (approved); Hamar has not.
  const hamarWork = await councilWork(hamar.council, hamar.members, 1);
  // Sør-Østerdal: Elverum has not reported yet.
  const sorWork = await councilWork(sorOsterdal.council, [elverum], 1, { reporting: false });

  const agreements = [
    await createAgreement(db, { countyId: county.id, partyIds: [hamar.council.id], title: "Partnerskapsavtale Hamarregionen 2024–2027" }),
    await createAgreement(db, { countyId: county.id, partyIds: [sorOsterdal.council.id], title: "Partnerskapsavtale Sør-Østerdal 2024–2027" }),
    await createAgreement(db, { countyId: county.id, partyIds: [elverum.id], title: "Avtale Elverum kommune" }),
  ];
  for (const [index, { agreement }] of agreements.entries()) {
    await insertFundingCommitment(db, {
      agreementId: agreement.id, year: 2024, source: "county_partnership_funds", sourceName: "Regionale utviklingsmidler",
      amountMinor: (index + 1) * 1_000_000_00, currency: "NOK",
    });
  }
  // Hamarregionen's measures fulfil its agreement's obligation: their spending counts against it.
  const hamarAgreement = agreements[0]!.agreement;
  const obligation = await insertObligation(db, { agreementId: hamarAgreement.id, partyId: hamar.council.id, title: "Koordinere" });
  for (const measureId of hamarWork.measureIds) await insertMeasureObligationLink(db, obligation.id, measureId);
  // An agreement of another county never shows.
  await createAgreement(db, { title: "Avtale i et annet fylke" });
  return { county, hamar, sorOsterdal, elverum, hamarWork, sorWork, agreements };
}

describe("walkthrough: Innlandet county", () => {
  it("shows every agreement, who has reported for the period, and funds committed vs spent", async () => {
    const region = await innlandet();
    const official = await signedInUser("county_official", region.county.id);

    const listed = await trpcQuery("agreements.list", {}, { cookie: official.cookie });
    expect(listed.status, JSON.stringify(listed.body.error?.data)).toBe(200);
    const listedIds = data<{ items: Array<{ id: string }> }>(listed.body).items.map((item) => item.id);
    expect(listedIds.sort()).toEqual(region.agreements.map(({ agreement }) => agreement.id).sort());

    const dashboard = await trpcQuery("dashboards.county", {}, { cookie: official.cookie });
    expect(dashboard.status, JSON.stringify(dashboard.body.error?.data)).toBe(200);
    const view = data<CountyDashboard>(dashboard.body);
    expect(view.agreements.map((agreement) => agreement.id).sort()).toEqual(region.agreements.map(({ agreement }) => agreement.id).sort());
    expect(view.agreements.find((agreement) => agreement.id === region.agreements[2]?.agreement.id)?.parties)
      .toEqual([expect.objectContaining({ organisationId: region.elverum.id })]);

    // Which councils have reported for the period (2024): Hamarregionen half (Stange), Sør-Østerdal none.
    const compliance = (councilId: string) => view.compliance.find((row) => row.councilId === councilId);
    expect(compliance(region.hamar.council.id)).toMatchObject({ periodId: region.hamarWork.periodId, expected: 4, reported: 2, approved: 2, outstanding: 2 });
    expect(compliance(region.sorOsterdal.council.id)).toMatchObject({ periodId: region.sorWork.periodId, expected: 2, reported: 0, outstanding: 2 });

    // Committed (1 + 2 + 3 million) against spent (approved reports on the linked measures, 2024).
    expect(view.funds.rows).toEqual([expect.objectContaining({
      year: 2024, fundingSource: "county_partnership_funds", currency: "NOK",
      committedMinor: 6_000_000_00, spentMinor: region.hamarWork.spentMinor, remainingMinor: 6_000_000_00 - region.hamarWork.spentMinor, overspent: false,
    })]);
    const hamarFunds = view.agreements.find((agreement) => agreement.id === region.agreements[0]?.agreement.id)?.funds;
    expect(hamarFunds).toEqual([expect.objectContaining({ committedMinor: 1_000_000_00, spentMinor: region.hamarWork.spentMinor })]);
    const hamarCounts = view.measuresByOwner.find((row) => row.ownerId === region.hamar.council.id)?.counts;
    expect(Object.values(hamarCounts ?? {}).reduce((sum, count) => sum + count, 0)).toBe(region.hamarWork.measureCount);
  });
});
