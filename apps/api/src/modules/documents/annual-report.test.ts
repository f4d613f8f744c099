import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { insertMeasureObligationLink, insertMembership, type OrganisationRow } from "@samspill/db";
import { createCouncilWithMembers, createMeasure, createOrganisation, createProgramme, createReportingPeriod, getTestDb } from "@samspill/db/testing";
import { officialName } from "@samspill/domain";
import { getTestApp, signedInUser, trpcQuery } from "../../testing/harness.js";
import { annualReportFixture } from "./document-fixtures.js";

// documents.annualReport and its period picker: the report from a council (or a member
// municipality) to the county, made from the approved reports of one period.

async function textOf(bytes: Uint8Array | Buffer): Promise<string> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(" ").replace(/ {2,}/g, " ");
}

async function setting() {
  const world = await createCouncilWithMembers(await getTestDb(), { memberCount: 2 });
  const [first, second] = world.municipalities;
  if (!first || !second) throw new Error("needs two members");
  const fixture = await annualReportFixture(world.county, world.council, [first, second]);
  const official = await signedInUser("county_official", world.county.id);
  return { ...world, first, second, fixture, official };
}

async function download(input: unknown, cookie?: string) {
  const app = await getTestApp();
  return app.inject({
    method: "GET",
    url: `/api/files/documents.annualReport?input=${encodeURIComponent(JSON.stringify(input))}`,
    headers: cookie ? { cookie } : {},
  });
}

describe("documents.annualReport", () => {
  it("gives the county official the council's report: addressed to the county authority, obligations, approved narratives, values, and no internal follow-up", async () => {
    const { council, county, first, second, fixture, official } = await setting();
    const response = await download({ agreementId: fixture.agreementId, periodId: fixture.periodId }, official.cookie);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers["content-disposition"]).toContain(encodeURIComponent(`– ${council.name}.docx`));
    const text = await textOf(response.rawPayload);
    expect(text).toContain(`Fra: ${council.name}`);
    expect(text).toContain(`Til: ${officialName(county)}`);
    expect(officialName(county)).not.toBe(county.name);
    expect(text).toContain(fixture.obligationTitle);
    // The shared measure stood where its approved part's report put it, not where it stands today.
    expect(text).toMatch(/Regional ladestruktur Pågår 40\u00a0% 190\u00a0000\u00a0kr/);
    expect(text).toContain(`Ladepunkter i drift i ${first.name}.`);
    expect(text).not.toContain(`Ladepunkter i drift i ${second.name}.`);
    expect(text).toContain("Rapporten er satt sammen av 1 godkjent statusrapport fra perioden.");
    expect(text).toMatch(/Nye ladepunkter .*17 ladepunkter/);
    expect(text).not.toContain("18 ladepunkter");
    // Who has not reported is the secretariat's business, not the county's.
    expect(text).not.toContain("Venter på godkjenning");
    // Committed 2 000 000 kr for 2024 from the county's funds, spent 190 000 kr according to the approved report.
    expect(text).toMatch(/2024 Fylkets partnerskapsmidler 2\u00a0000\u00a0000\u00a0kr 190\u00a0000\u00a0kr 1\u00a0810\u00a0000\u00a0kr/);
  });

  it("names a linked measure once while a revision is drafted, though the draft's copy is linked too", async () => {
    const db = await getTestDb();
    const { council, fixture, official } = await setting();
    const input = { agreementId: fixture.agreementId, periodId: fixture.periodId };
    const mentions = async () => (await textOf((await download(input, official.cookie)).rawPayload)).split("Regional ladestruktur").length - 1;
    const before = await mentions();
    const { programme: draft } = await createProgramme(db, { ownerId: council.id, focusAreaCount: 0, predecessorId: fixture.programmeId });
    const copy = await createMeasure(db, { programmeId: draft.id, title: "Regional ladestruktur", predecessorId: fixture.measureId });
    await insertMeasureObligationLink(db, fixture.obligationId, copy.id);
    expect(before).toBeGreaterThan(0);
    expect(await mentions()).toBe(before);
  });

  it("is for the secretariat too, and refuses strangers and the public with NOT_FOUND", async () => {
    const { council, fixture } = await setting();
    const input = { agreementId: fixture.agreementId, periodId: fixture.periodId };
    const secretariat = await signedInUser("secretariat", council.id);
    expect((await download(input, secretariat.cookie)).statusCode).toBe(200);
    const otherCounty = await createOrganisation(await getTestDb(), { kind: "county" });
    const stranger = await signedInUser("county_official", otherCounty.id);
    expect((await download(input, stranger.cookie)).statusCode).toBe(404);
    expect((await download(input)).statusCode).toBe(404);
  });

  it("refuses a period that is not the agreement's council's, and one that does not exist, alike", async () => {
    const { fixture, official } = await setting();
    const otherCouncil = await createOrganisation(await getTestDb(), { kind: "regional_council" });
    const foreign = await createReportingPeriod(await getTestDb(), { councilId: otherCouncil.id });
    for (const periodId of [foreign.id, "00000000-0000-4000-8000-000000000000"]) {
      const { status, body } = await trpcQuery("documents.annualReport", { agreementId: fixture.agreementId, periodId }, { cookie: official.cookie });
      expect(status).toBe(400);
      expect(body.error?.data).toMatchObject({ domainCode: "INVALID_INPUT", reason: "period_not_of_agreement", params: { field: "periodId" } });
    }
  });

  it("reports only a member municipality's own work under the municipality's own agreement", async () => {
    const { county, council, municipalities } = await createCouncilWithMembers(await getTestDb(), { memberCount: 2 });
    const [first, second] = municipalities as [OrganisationRow, OrganisationRow];
    const fixture = await annualReportFixture(county, council, [second, first], second);
    const official = await signedInUser("county_official", county.id);
    const response = await download({ agreementId: fixture.agreementId, periodId: fixture.periodId }, official.cookie);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const text = await textOf(response.rawPayload);
    expect(text).toContain(`Fra: ${officialName(second)}`);
    expect(text).toContain(`Ladepunkter i drift i ${second.name}.`);
    expect(text).not.toContain(first.name);
    expect(text).toContain("Rapporten er satt sammen av 1 godkjent statusrapport fra perioden.");
  });
});

describe("documents.annualReportPeriods", () => {
  it("offers the periods of the agreement's council, and of the councils its municipality belongs to", async () => {
    const { county, council, first, second, fixture, official } = await setting();
    const later = await createReportingPeriod(await getTestDb(), { councilId: council.id, name: "2025", periodStart: "2025-01-01", periodEnd: "2025-12-31", deadline: "2026-01-31" });
    const { body } = await trpcQuery("documents.annualReportPeriods", { agreementId: fixture.agreementId }, { cookie: official.cookie });
    const items = (body.result?.data as { items: Array<{ id: string; councilName: string }> }).items;
    expect(items.map((item) => item.id)).toEqual([later.id, fixture.periodId]);
    expect(items[0]?.councilName).toBe(council.name);

    const own = await annualReportFixture(county, council, [first, second], first);
    const joinedLate = await createOrganisation(await getTestDb(), { kind: "regional_council", countyId: county.id });
    await insertMembership(await getTestDb(), { councilId: joinedLate.id, municipalityId: first.id, validFrom: "2026-01-01" });
    await createReportingPeriod(await getTestDb(), { councilId: joinedLate.id });
    const forMunicipality = await trpcQuery("documents.annualReportPeriods", { agreementId: own.agreementId }, { cookie: official.cookie });
    const offered = (forMunicipality.body.result?.data as { items: Array<{ id: string }> }).items.map((item) => item.id);
    // The late council's 2024 period ended before the municipality joined it.
    expect(offered[0]).toBe(later.id);
    expect(new Set(offered)).toEqual(new Set([later.id, fixture.periodId, own.periodId]));
  });
});
