import { describe, expect, it } from "vitest";
import { insertFundingCommitment, insertMembership } from "@samspill/db";
import { createAgreement, createOrganisation, getTestDb, uniqueName } from "@samspill/db/testing";
import { signedInUser, trpcQuery, type TrpcBody } from "../../testing/harness.js";
import { councilWork } from "./dashboard-fixtures.js";

// PRODUCT.md walkthrough "Innlandet county": a county official sees every partnership agreement
// in the county, which councils have reported for the period, and funds committed vs. spent.

const data = <T>(body: TrpcBody) => body.result?.data as T;

interface CountyDashboard {
  agreements: Array<{ id: string; parties: Array<{ organisationId: string }> }>;
  compliance: Array<{ councilId: string; periodId: string; expected: number; reported: number; approved: number; missing: number }>;
  committed: Array<{ year: number; source: string; amount: { amountMinor: number; currency: string } }>;
  spent: Array<{ year: number; amount: { amountMinor: number; currency: string } }>;
  measuresByOwner: Array<{ ownerId: string; status: string; measures: number }>;
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
    expect(compliance(region.hamar.council.id)).toMatchObject({ periodId: region.hamarWork.periodId, expected: 4, reported: 2, approved: 2, missing: 2 });
    expect(compliance(region.sorOsterdal.council.id)).toMatchObject({ periodId: region.sorWork.periodId, expected: 2, reported: 0, missing: 2 });

    // Committed (1 + 2 + 3 million) against spent (approved reports' spending, 2024).
    expect(view.committed).toEqual([
      { year: 2024, source: "county_partnership_funds", amount: { amountMinor: 6_000_000_00, currency: "NOK" } },
    ]);
    expect(view.spent).toEqual([
      { year: 2024, amount: { amountMinor: region.hamarWork.spentMinor, currency: "NOK" } },
    ]);
    expect(view.measuresByOwner.map((row) => row.ownerId)).toEqual(expect.arrayContaining([region.hamar.council.id, region.sorOsterdal.council.id]));
  });
});
