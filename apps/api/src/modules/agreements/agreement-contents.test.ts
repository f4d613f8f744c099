import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, createOrganisation, createReportingPeriod, createStatusReport, getTestDb } from "@samspill/db/testing";
import { buildTestApp, signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { agreementWith, fundingIn, measureOf, obligationIn, requirementIn } from "./agreement-fixtures.js";

// What an agreement holds: funding and its totals, reporting requirements and their state,
// obligations and the measures that fulfil them, parties.

async function councilAgreement(app?: Awaited<ReturnType<typeof buildTestApp>>) {
  const world = await createCouncilWithMembers(await getTestDb(), { memberCount: 1 });
  const fixture = await agreementWith(world.county.id, { id: world.council.id, kind: "regional_council" });
  const official = await signedInUser("county_official", world.county.id, app);
  return { ...world, fixture, cookie: official.cookie };
}

const nok = (amountMinor: number) => ({ amountMinor, currency: "NOK" });

interface FundsRow {
  year: number;
  fundingSource: string;
  committedMinor: number;
  spentMinor: number;
  remainingMinor: number;
  overspent: boolean;
}

interface Details {
  fundingCommitments: Array<{ year: number; amount: { amountMinor: number } }>;
  funds: { rows: FundsRow[]; byYear: Array<{ year: number; committedMinor: number }>; total: Array<{ committedMinor: number }> };
  sharedMeasures: Array<{ measureId: string; agreement: { id: string } }>;
  reportingRequirements: Array<{ id: string; state: string }>;
  obligations: Array<{ id: string; measures: Array<{ id: string; title: string; status: string; progress: number }> }>;
  parties: Array<{ organisationId: string }>;
}

describe("funding commitments", () => {
  it("adds up per year and in all, and sets one year and source at the version read", async () => {
    const { fixture, cookie } = await councilAgreement();
    const set = (input: Record<string, unknown>) => trpcMutation("agreements.setFundingCommitment", { agreementId: fixture.agreementId, ...input }, { cookie });
    await set({ year: 2024, source: "county_partnership_funds", amount: nok(200_000_000) });
    await set({ year: 2024, source: "council_funds", amount: nok(80_000_000) });
    const later = await set({ year: 2025, source: "county_partnership_funds", amount: nok(150_000_000) });
    const again = await set({ year: 2025, source: "county_partnership_funds", amount: nok(1) });
    expect(again.body.error?.data).toMatchObject({ domainCode: "CONFLICT", params: { currentVersion: 1 } });
    const raised = await set({ year: 2025, source: "county_partnership_funds", amount: nok(175_000_000), version: 1 });
    expect(raised.body.result?.data).toMatchObject({ id: (later.body.result?.data as { id: string }).id, version: 2 });
    const otherCurrency = await set({ year: 2026, source: "external", amount: { amountMinor: 5, currency: "SEK" } });
    expect(otherCurrency.body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "currency_mismatch" });
    const negative = await set({ year: 2026, source: "external", amount: nok(-1) });
    expect(negative.body.error?.data.issues?.[0]?.path).toBe("amount.amountMinor");

    const details = (await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie })).body.result?.data as Details;
    expect(details.fundingCommitments).toHaveLength(3);
    expect(details.funds.byYear.map(({ year, committedMinor }) => [year, committedMinor])).toEqual([[2024, 280_000_000], [2025, 175_000_000]]);
    expect(details.funds.total.map((row) => row.committedMinor)).toEqual([455_000_000]);
  });
});

describe("spending against the agreement", () => {
  it("counts approved reports of linked measures from the committed sources, per period year, once per measure", async () => {
    const { council, fixture, cookie } = await councilAgreement();
    const db = await getTestDb();
    await fundingIn(fixture, 2024);
    const [first, second] = [await obligationIn(fixture, "A"), await obligationIn(fixture, "B")];
    const measure = await measureOf(council.id, first.id);
    await trpcMutation("agreements.linkObligationToMeasure", { obligationId: second.id, measureId: measure.id }, { cookie });
    const unlinked = await measureOf(council.id);
    const period = async (year: number) => (await createReportingPeriod(db, { councilId: council.id, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, deadline: `${year + 1}-01-31` })).id;
    const [y2024, y2025, y2026] = [await period(2024), await period(2025), await period(2026)];
    const county = (amountMinor: number) => ({ fundingSource: "county_partnership_funds" as const, amountMinor });
    // The municipality's own money on the same report is not the county's to count.
    await createStatusReport(db, { measureId: measure.id, periodId: y2024, workflowStatus: "approved",
      spending: [county(40_000_000), { fundingSource: "municipal_own_contribution", amountMinor: 90_000_000 }] });
    await createStatusReport(db, { measureId: measure.id, periodId: y2025, workflowStatus: "approved", spending: [county(15_000_000)] });
    await createStatusReport(db, { measureId: measure.id, periodId: y2026, workflowStatus: "submitted", spending: [county(9_000_000)] });
    await createStatusReport(db, { measureId: unlinked.id, periodId: y2024, workflowStatus: "approved", spending: [county(7_000_000)] });
    const draftYear = await period(2027);
    await createStatusReport(db, { measureId: measure.id, periodId: draftYear, workflowStatus: "draft", spending: [county(1_000_000)] });

    const details = (await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie })).body.result?.data as Details;
    expect(details.funds.rows.map(({ year, fundingSource, spentMinor, overspent }) => [year, fundingSource, spentMinor, overspent])).toEqual([
      [2024, "county_partnership_funds", 40_000_000, false],
      [2025, "county_partnership_funds", 15_000_000, true],
    ]);
    expect(details.sharedMeasures).toEqual([]);
  });

  it("names the linked measures another agreement counts too", async () => {
    const { council, county, fixture, cookie } = await councilAgreement();
    const obligation = await obligationIn(fixture, "A");
    const measure = await measureOf(council.id, obligation.id);
    const other = await agreementWith(county.id, { id: council.id, kind: "regional_council" });
    await trpcMutation("agreements.linkObligationToMeasure", { obligationId: (await obligationIn(other, "B")).id, measureId: measure.id }, { cookie });
    const details = (await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie })).body.result?.data as Details;
    expect(details.sharedMeasures).toEqual([expect.objectContaining({ measureId: measure.id, agreement: expect.objectContaining({ id: other.agreementId }) })]);
  });
});

describe("reporting requirements", () => {
  it("are due, overdue or fulfilled as of the server's today, and can be marked fulfilled", async () => {
    const app = await buildTestApp({ now: () => new Date("2025-03-05T10:00:00Z") });
    const { fixture, cookie } = await councilAgreement(app);
    const overdue = await requirementIn(fixture, "2025-03-01");
    const due = await requirementIn(fixture, "2025-03-05");
    const done = await requirementIn(fixture, "2024-03-01", "2024-02-20");
    const states = async () => {
      const details = (await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie, app })).body.result?.data as Details;
      return Object.fromEntries(details.reportingRequirements.map((row) => [row.id, row.state]));
    };
    expect(await states()).toEqual({ [overdue.id]: "overdue", [due.id]: "due", [done.id]: "fulfilled" });

    const marked = await trpcMutation("agreements.updateReportingRequirement", { id: overdue.id, version: 1, fulfilledOn: "2025-03-04" }, { cookie, app });
    expect(marked.body.result?.data).toMatchObject({ state: "fulfilled", version: 2 });
    expect((await states())[overdue.id]).toBe("fulfilled");
  });
});

describe("obligations and the measures that fulfil them", () => {
  // measureOf makes a draft programme: a measure no version of which is adopted yet is marked draft.
  it("links a measure of the council's programme and shows its title, status and progress", async () => {
    const { council, fixture, cookie } = await councilAgreement();
    const obligation = await obligationIn(fixture);
    const measure = await measureOf(council.id);
    const linked = await trpcMutation("agreements.linkObligationToMeasure", { obligationId: obligation.id, measureId: measure.id }, { cookie });
    expect(linked.status, JSON.stringify(linked.body.error?.data)).toBe(200);
    const details = (await trpcQuery("agreements.get", { id: fixture.agreementId }, { cookie })).body.result?.data as Details;
    expect(details.obligations).toEqual([
      expect.objectContaining({ id: obligation.id, measures: [{ id: measure.id, title: measure.title, status: "in_progress", progress: 30, spent: [], draft: true }] }),
    ]);
    const twice = await trpcMutation("agreements.linkObligationToMeasure", { obligationId: obligation.id, measureId: measure.id }, { cookie });
    expect(twice.status).toBe(409);
    const unlinked = await trpcMutation("agreements.unlinkObligationFromMeasure", { obligationId: obligation.id, measureId: measure.id }, { cookie });
    expect(unlinked.status).toBe(200);
  });

  it("refuses a measure of another council as INVALID_INPUT and changes nothing", async () => {
    const { fixture, cookie } = await councilAgreement();
    const obligation = await obligationIn(fixture);
    const otherCouncil = await createOrganisation(await getTestDb(), { kind: "regional_council" });
    const foreign = await measureOf(otherCouncil.id);
    const { status, body } = await trpcMutation("agreements.linkObligationToMeasure", { obligationId: obligation.id, measureId: foreign.id }, { cookie });
    expect(status).toBe(400);
    expect(body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "measure_not_of_a_party" });
    const links = await (await getTestDb()).selectFrom("measureObligation").selectAll().where("obligationId", "=", obligation.id).execute();
    expect(links).toEqual([]);
  });

  it("takes obligations only from parties of the agreement", async () => {
    const { fixture, cookie } = await councilAgreement();
    const stranger = await createOrganisation(await getTestDb(), { kind: "partner" });
    const { body } = await trpcMutation("agreements.addObligation", { agreementId: fixture.agreementId, partyId: stranger.id, title: "Noe" }, { cookie });
    expect(body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "not_a_party" });
  });

  it("removes an obligation only at the version read", async () => {
    const { fixture, cookie } = await councilAgreement();
    const obligation = await obligationIn(fixture);
    await trpcMutation("agreements.updateObligation", { id: obligation.id, version: 1, title: "Endret" }, { cookie });
    const stale = await trpcMutation("agreements.removeObligation", { id: obligation.id, version: 1 }, { cookie });
    expect(stale.body.error?.data).toMatchObject({ domainCode: "CONFLICT", params: { currentVersion: 2 } });
    expect((await trpcMutation("agreements.removeObligation", { id: obligation.id, version: 2 }, { cookie })).status).toBe(200);
  });
});

describe("parties", () => {
  it("keeps the county and the counterpart, and one council per agreement", async () => {
    const { county, fixture, cookie } = await councilAgreement();
    const [countyParty, councilParty] = fixture.partyRowIds;
    const removeCounty = await trpcMutation("agreements.removeParty", { id: countyParty, version: 1 }, { cookie });
    expect(removeCounty.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "county_party_required" });
    const removeCouncil = await trpcMutation("agreements.removeParty", { id: councilParty, version: 1 }, { cookie });
    expect(removeCouncil.body.error?.data.reason).toBe("agreement_needs_council_or_municipality");
    const second = await createOrganisation(await getTestDb(), { kind: "regional_council", countyId: county.id });
    const addSecond = await trpcMutation("agreements.addParty", { agreementId: fixture.agreementId, organisationId: second.id }, { cookie });
    expect(addSecond.body.error?.data.reason).toBe("one_council_or_municipality_per_agreement");
  });
});
