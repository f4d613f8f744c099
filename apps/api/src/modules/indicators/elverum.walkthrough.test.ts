import { describe, expect, it } from "vitest";
import { insertMembership } from "@samspill/db";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { signedInUser } from "../../testing/harness.js";
import { councilProgramme } from "../measures/measure-fixtures.js";
import { adoptDirectly, ok } from "../programmes/programme-fixtures.js";

// PRODUCT.md, Elverum (seeds 000, 001): the five-year measure "Helse- og beredskapshovedstaden",
// NOK 5 million over five years with Elverum Vekst AS responsible, output indicators for company
// calls, company meetings and participants, and an outcome indicator for private jobs — all
// entered and read back through the API as chart-ready series.

interface Point { date: string; value: number | null }
interface Series { municipalityId: string | null; municipalityName: string | null; points: Point[] }
interface IndicatorView { id: string; name: string; target: number | null; version: number; series: Series[] }
interface Money { amountMinor: number; currency: string }

async function elverumWorld() {
  const db = await getTestDb();
  const county = await createOrganisation(db, { kind: "county", name: "Innlandet fylkeskommune" });
  const council = await createOrganisation(db, { kind: "regional_council", name: "Sør-Østerdal interkommunale politiske råd", countyId: county.id });
  const elverum = await createOrganisation(db, { kind: "municipality", name: "Elverum", countyId: county.id });
  const vekst = await createOrganisation(db, { kind: "partner", name: "Elverum Vekst AS", countyId: county.id });
  await insertMembership(db, { councilId: council.id, municipalityId: elverum.id, validFrom: "2020-01-01" });
  const { programme, goalId } = await councilProgramme(council.id);
  return {
    council, elverum, vekst, programme, goalId,
    contributor: (await signedInUser("municipality_contributor", elverum.id)).cookie,
    secretariat: (await signedInUser("secretariat", council.id)).cookie,
    member: (await signedInUser("council_member", council.id)).cookie,
  };
}

describe("Elverum walkthrough", () => {
  it("holds a five-year NOK 5 million measure with output and outcome indicators, read back as series", async () => {
    const world = await elverumWorld();
    const { contributor, secretariat } = world;

    const measure = await ok<{ id: string }>("mutation", "measures.create", {
      programmeId: world.programme.id, scope: "local", ownerId: world.elverum.id, title: "Helse- og beredskapshovedstaden",
      responsibleOrganisationId: world.vekst.id, responsiblePerson: "Daglig leder, Elverum Vekst AS",
      startDate: "2021-01-01", endDate: "2025-12-31", status: "in_progress", progress: 40, sdgGoals: [3, 8, 9], goalIds: [world.goalId],
    }, contributor);
    // The council adopts the programme with the measure in it; budgets and indicators are its follow-up.
    await adoptDirectly(world.programme);

    const sources = ["county_partnership_funds", "municipal_own_contribution", "county_partnership_funds", "municipal_own_contribution", "external"];
    for (const [index, fundingSource] of sources.entries()) {
      await ok("mutation", "measures.addBudgetLine", {
        measureId: measure.id, partId: null, year: 2021 + index, amount: { amountMinor: 100_000_000, currency: "NOK" }, fundingSource,
      }, contributor);
    }

    const outputs: Array<[string, string, number, Array<[string, number]>]> = [
      ["Bedriftsbesøk", "besøk", 145, [["2021-12-31", 40], ["2022-12-31", 95], ["2023-12-31", 145]]],
      ["Bedriftsmøter", "møter", 30, [["2021-12-31", 8], ["2022-12-31", 19], ["2023-12-31", 30]]],
      ["Deltakere", "deltakere", 10_000, [["2022-12-31", 4_200], ["2023-12-31", 10_150]]],
    ];
    for (const [name, unit, target, values] of outputs) {
      const indicator = await ok<{ id: string }>("mutation", "indicators.create", { kind: "output", measureId: measure.id, name, unit, target }, contributor);
      for (const [measuredOn, value] of values) {
        await ok("mutation", "indicators.recordValue", { indicatorId: indicator.id, measuredOn, value }, contributor);
      }
    }

    const jobs = await ok<{ id: string }>("mutation", "indicators.create", {
      kind: "outcome", goalId: world.goalId, name: "Private arbeidsplasser", unit: "arbeidsplasser", perMunicipality: true,
      baseline: 7_800, baselineDate: "2020-01-01", target: 8_300, targetDate: "2025-12-31",
    }, secretariat);
    for (const [measuredOn, value] of [["2022-01-01", 7_950], ["2020-01-01", 7_800], ["2021-01-01", 7_870], ["2023-01-01", 8_040]] as const) {
      await ok("mutation", "indicators.recordValue", { indicatorId: jobs.id, municipalityId: world.elverum.id, measuredOn, value }, secretariat);
    }
    // Recording a date again corrects the figure instead of adding a second point.
    await ok("mutation", "indicators.recordValue", { indicatorId: jobs.id, municipalityId: world.elverum.id, measuredOn: "2023-01-01", value: 8_060 }, secretariat);

    const view = await ok<{
      title: string; responsibleOrganisation: { name: string }; startDate: string; endDate: string; goals: Array<{ id: string }>;
      budget: { lines: unknown[]; totals: { total: Money[]; byYear: Array<{ year: number; amounts: Money[] }>; bySource: Array<{ fundingSource: string; amounts: Money[] }> } };
      indicators: IndicatorView[];
    }>("query", "measures.get", { id: measure.id }, world.member);
    expect(view).toMatchObject({
      title: "Helse- og beredskapshovedstaden", responsibleOrganisation: { name: "Elverum Vekst AS" }, startDate: "2021-01-01", endDate: "2025-12-31",
    });
    expect(view.goals.map((goal) => goal.id)).toEqual([world.goalId]);
    expect(view.budget.lines).toHaveLength(5);
    expect(view.budget.totals.total).toEqual([{ amountMinor: 500_000_000, currency: "NOK" }]);
    expect(view.budget.totals.byYear.map((entry) => entry.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(view.budget.totals.bySource).toEqual([
      { fundingSource: "county_partnership_funds", amounts: [{ amountMinor: 200_000_000, currency: "NOK" }] },
      { fundingSource: "external", amounts: [{ amountMinor: 100_000_000, currency: "NOK" }] },
      { fundingSource: "municipal_own_contribution", amounts: [{ amountMinor: 200_000_000, currency: "NOK" }] },
    ]);
    const byName = new Map(view.indicators.map((indicator) => [indicator.name, indicator]));
    expect(byName.get("Bedriftsbesøk")?.target).toBe(145);
    expect(byName.get("Bedriftsbesøk")?.series).toEqual([
      expect.objectContaining({
        municipalityId: null,
        points: [
          expect.objectContaining({ date: "2021-12-31", value: 40 }),
          expect.objectContaining({ date: "2022-12-31", value: 95 }),
          expect.objectContaining({ date: "2023-12-31", value: 145 }),
        ],
      }),
    ]);
    expect(byName.get("Bedriftsmøter")?.target).toBe(30);
    expect(byName.get("Deltakere")?.series[0]?.points.at(-1)).toMatchObject({ value: 10_150 });

    const chart = await ok<IndicatorView & { baseline: number }>("query", "indicators.get", { id: jobs.id }, world.member);
    expect(chart.baseline).toBe(7_800);
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]).toMatchObject({ municipalityId: world.elverum.id, municipalityName: "Elverum" });
    expect(chart.series[0]?.points.map((point) => [point.date, point.value])).toEqual([
      ["2020-01-01", 7_800], ["2021-01-01", 7_870], ["2022-01-01", 7_950], ["2023-01-01", 8_060],
    ]);
  });
});
