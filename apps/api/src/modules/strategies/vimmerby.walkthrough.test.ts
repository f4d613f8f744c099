import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, getTestDb, uniqueEmail } from "@samspill/db/testing";
import { signIn, TEST_PASSWORD } from "../../testing/harness.js";
import { ok } from "../programmes/programme-fixtures.js";

// PRODUCT.md walkthrough "Vimmerby (seed 003), in Swedish", through the API: the SLUS strategy
// with its overarching goal and five goal areas, measurable input factors as indicators (one
// bound to Kolada), adoption by kommunfullmäktige, and money in SEK.

const GOAL_AREAS = [
  "Attraktiva och hållbara livsmiljöer",
  "Kompetens- och arbetsmarknadsförsörjning",
  "Främja företagsamhet på lika villkor",
  "Aktiv och meningsfull fritid i ett samhällsbyggande och inkluderande perspektiv",
  "Väl fungerande infrastruktur",
];
const OVERARCHING_GOAL =
  "Skapa goda förutsättningar för att ständigt stärka Vimmerby kommuns attraktionskraft och tillväxt via ökad samverkan och långsiktig hållbar planering.";

describe("walkthrough: Vimmerby, in Swedish", () => {
  it("a Swedish secretariat plans SLUS, has it adopted by kommunfullmäktige and budgets in SEK", async () => {
    const db = await getTestDb();
    const region = await createOrganisation(db, { kind: "county", country: "SE", name: "Region Kalmar län" });
    const vimmerby = await createOrganisation(db, {
      kind: "municipality", country: "SE", languageForm: "sv", name: "Vimmerby kommun", countyId: region.id,
    });
    const email = uniqueEmail();
    await createUser(db, { role: "secretariat", organisationId: vimmerby.id, email, language: "sv", password: TEST_PASSWORD });
    const cookie = await signIn(email);

    const me = await ok<{ language: string; organisation: { country: string; languageForm: string } }>("query", "auth.me", undefined, cookie);
    expect(me).toMatchObject({ language: "sv", organisation: { country: "SE", languageForm: "sv" } });

    const strategy = await ok<{ id: string }>("mutation", "strategies.create", {
      ownerId: vimmerby.id, title: "SLUS – social lokal utvecklingsstrategi", overarchingGoal: OVERARCHING_GOAL,
    }, cookie);
    const programme = await ok<{ id: string }>("mutation", "programmes.create", {
      ownerId: vimmerby.id, strategyId: strategy.id, title: "Handlingsplan SLUS", periodStart: "2017-07-01", periodEnd: "2021-12-31",
    }, cookie);
    const goals: string[] = [];
    for (const [position, title] of GOAL_AREAS.entries()) {
      const area = await ok<{ id: string }>("mutation", "programmes.addFocusArea", { programmeId: programme.id, title, position }, cookie);
      const goal = await ok<{ id: string }>("mutation", "programmes.addGoal", {
        programmeId: programme.id, focusAreaId: area.id, title: `Mål för ${title.toLowerCase()}`,
      }, cookie);
      goals.push(goal.id);
    }
    const inhabitants = await ok<{ id: string }>("mutation", "indicators.create", {
      kind: "outcome", goalId: goals[0], name: "Invånare totalt", unit: "antal", source: "kolada",
      sourceRef: { source: "kolada", kpi: "N01951" }, perMunicipality: true,
    }, cookie);
    const measure = await ok<{ id: string }>("mutation", "measures.create", {
      programmeId: programme.id, scope: "local", ownerId: vimmerby.id, title: "Mötesplatser för föreningsliv och näringsliv",
      goalIds: [goals[3]],
    }, cookie);
    await ok("mutation", "measures.addBudgetLine", {
      measureId: measure.id, year: 2018, amount: { amountMinor: 250_000_00, currency: "SEK" }, fundingSource: "municipal_own_contribution",
    }, cookie);

    const meeting = await ok<{ id: string }>("mutation", "meetings.create", {
      councilId: vimmerby.id, body: "Kommunfullmäktige", title: "Kommunfullmäktige juni 2017", heldOn: "2017-06-19",
    }, cookie);
    const item = await ok<{ id: string }>("mutation", "meetings.addAgendaItem", {
      meetingId: meeting.id, caseNumber: "88/17", title: "Antagande av SLUS",
    }, cookie);
    await ok("mutation", "meetings.recordDecision", {
      agendaItemId: item.id, text: "Kommunfullmäktige antar SLUS.", decidedOn: "2017-06-19", adoptsProgrammeId: programme.id,
    }, cookie);

    const view = await ok<{
      status: string; owner: { country: string; languageForm: string };
      strategy: { overarchingGoal: string } | null; adoption: { body: string; caseNumber: string } | null;
      focusAreas: Array<{ title: string }>;
    }>("query", "programmes.get", { id: programme.id }, cookie);
    expect(view.status).toBe("adopted");
    expect(view.owner).toMatchObject({ country: "SE", languageForm: "sv" });
    expect(view.strategy?.overarchingGoal).toBe(OVERARCHING_GOAL);
    expect(view.adoption).toMatchObject({ body: "Kommunfullmäktige", caseNumber: "88/17" });
    expect(view.focusAreas.map((area) => area.title)).toEqual(GOAL_AREAS);

    const detail = await ok<{ budget: { totals: { total: Array<{ amountMinor: number; currency: string }> } } }>(
      "query", "measures.get", { id: measure.id }, cookie,
    );
    expect(detail.budget.totals.total).toEqual([{ amountMinor: 250_000_00, currency: "SEK" }]);
    const indicator = await ok<{ source: string; sourceRef: unknown }>("query", "indicators.get", { id: inhabitants.id }, cookie);
    expect(indicator).toMatchObject({ source: "kolada", sourceRef: { source: "kolada", kpi: "N01951" } });
  });
});
