import type { Language } from "@samspill/i18n";
import { describe, expect, it } from "vitest";
import { renderFromCache } from "../dashboards/render-from-cache.test-util";
import type { ProgrammeDetail } from "../programmes/types";
import { ProgrammeBulkSections } from "./programme-bulk-sections";
import type { ProgrammeGrid } from "./types";

const yes = { allowed: true, reason: null };
const no = { allowed: false, reason: "role_not_allowed" };
const programme = { id: "p1", owner: { country: "NO" } } as unknown as ProgrammeDetail;

function measure(number: string, title: string, mayBudget: boolean): ProgrammeGrid["measures"][number] {
  return {
    id: `m${number}`, number, title, scope: mayBudget ? "local" : "shared", version: 1, partMunicipalityIds: [],
    viewer: { editBudget: mayBudget ? yes : no, addPart: no },
  };
}

/** The programme of 2024–2025; `outsidePeriod` as the server says it of the grid's other years. */
function render(lang: Language, measures: ProgrammeGrid["measures"], outsidePeriod: number[] = []): string {
  const data = {
    programme: { id: "p1", status: "adopted", currency: "NOK", years: [...outsidePeriod, 2024, 2025].sort((a, b) => a - b), yearsOutsidePeriod: outsidePeriod },
    members: [], measures, lines: [],
  } as unknown as ProgrammeGrid;
  return renderFromCache(lang, () => {}, <ProgrammeBulkSections programme={programme} data={data} shared={[]} budgeted />);
}

describe("the budget of all measures, for a reader who may change only some", () => {
  const mixed = [measure("1.1", "Regional ladestruktur", false), measure("1.2", "Flere unge i arbeid i Stange", true), measure("2.1", "Reiseliv", false)];

  it("says how many of the rows the reader may change, and who keeps the others", () => {
    expect(render("nb", mixed)).toContain("Du kan endre budsjettet for 1 av disse 3 tiltakene.");
    expect(render("nn", mixed)).toContain("Du kan endre budsjettet for 1 av desse 3 tiltaka.");
    expect(render("sv", mixed)).toContain("Du kan ändra budgeten för 1 av dessa 3 åtgärder.");
    expect(render("en", mixed)).toContain("a shared measure&#x27;s budget is kept by the secretariat");
  });

  it("says nothing of the kind when every row can be changed", () => {
    expect(render("nb", [measure("1.1", "Regional ladestruktur", true)])).not.toContain("Du kan endre budsjettet for");
  });
});

describe("the budget of all measures, with years outside the programme's period", () => {
  const measures = [measure("1.1", "Regional ladestruktur", true)];

  it("says which columns lie outside the period, and why they are there", () => {
    expect(render("nb", measures, [2027])).toContain("2027 er utenfor programperioden; kolonnen vises");
    expect(render("nb", measures, [2023, 2027])).toContain("2023 og 2027 er utenfor programperioden; kolonnene vises");
    expect(render("sv", measures, [2023, 2027])).toContain("2023 och 2027 ligger utanför handlingsplanens period");
    expect(render("en", measures, [2027])).toContain("2027 is outside the programme&#x27;s period");
    expect(render("nn", measures, [2027])).toContain("2027 er utanfor programperioden");
  });

  it("says nothing of it when every year is in the period", () => {
    expect(render("nb", measures)).not.toContain("utenfor programperioden");
  });
});
