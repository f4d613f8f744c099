import { describe, expect, it } from "vitest";
import { pastedLines } from "../shared/pasted-lines";
import {
  AddMeasuresInputSchema, AddStructureInputSchema, goalRowsOf, measureRowsOf, ownershipOf, placesOf, planStructure, structureRowsOf,
  subThemeRowsOf, pasteNamesOf,
} from "./paste";

const programmeId = "3f1c3f9e-8a51-4d59-9d1a-2f4a4e6b7c10";

describe("structureRowsOf", () => {
  it("reads focus area, heading and sub-theme, a blank focus area being the one above", () => {
    const rows = structureRowsOf(pastedLines("Befolkningsvekst\tAttraktivitet\tSamferdsel\n\t\tInternasjonalt miljø\nDiskusjonsarena\t\t\n"));
    expect(rows).toEqual([
      { focusArea: "Befolkningsvekst", heading: "Attraktivitet", subTheme: "Samferdsel" },
      { focusArea: "Befolkningsvekst", heading: null, subTheme: "Internasjonalt miljø" },
      { focusArea: "Diskusjonsarena", heading: null, subTheme: null },
    ]);
  });

  it("leaves a first row without a focus area for the schema to refuse at that row", () => {
    const rows = structureRowsOf(pastedLines("\t\tSamferdsel"));
    const parsed = AddStructureInputSchema.safeParse({ programmeId, items: rows });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["items.0.focusArea"]);
  });

  it("puts plain lines under one focus area", () => {
    expect(subThemeRowsOf(pastedLines("Identitet\nKommunikasjon"), "Profilering")).toEqual([
      { focusArea: "Profilering", heading: null, subTheme: "Identitet" },
      { focusArea: "Profilering", heading: null, subTheme: "Kommunikasjon" },
    ]);
  });
});

describe("planStructure", () => {
  const areas = [
    { id: "fa-1", parentId: null, title: "Befolkningsvekst" },
    { id: "st-1", parentId: "fa-1", title: "Samferdsel" },
  ];

  it("adds to an existing focus area of the same name and creates each new one once", () => {
    const rows = structureRowsOf(pastedLines("befolkningsvekst\t\tInternasjonalt miljø\nUtvikling\tKompetanse\tArenaer\nutvikling\tAnnet\tTrippel Helix"));
    const { steps, issues } = planStructure(rows, areas);
    expect(issues).toEqual([]);
    expect(steps.map((step) => [step.existingId, step.focusArea, step.heading, step.createsArea, step.subTheme])).toEqual([
      ["fa-1", "Befolkningsvekst", null, false, "Internasjonalt miljø"],
      [null, "Utvikling", "Kompetanse", true, "Arenaer"],
      [null, "Utvikling", "Kompetanse", false, "Trippel Helix"],
    ]);
  });

  it("refuses a sub-theme the area has, or that the paste repeats, at its row", () => {
    const rows = structureRowsOf(pastedLines("Befolkningsvekst\t\tsamferdsel\nNy\t\tA\n\t\ta"));
    expect(planStructure(rows, areas).issues).toEqual([
      { path: "items.0.subTheme", code: "custom", params: { reason: "subTheme_exists" } },
      { path: "items.2.subTheme", code: "custom", params: { reason: "subTheme_exists" } },
    ]);
  });
});

describe("placesOf", () => {
  const areas = [
    { id: "fa-1", parentId: null, title: "Befolkningsvekst" },
    { id: "st-1", parentId: "fa-1", title: "Samferdsel" },
    { id: "st-2", parentId: "fa-2", title: "samferdsel" },
  ];

  it("finds focus areas and sub-themes by name and refuses unknown and ambiguous ones", () => {
    const rows = goalRowsOf(pastedLines("Flere innbyggere\tBEFOLKNINGSVEKST\nFelles mål\nVeier\tSamferdsel\nNoe\tUkjent"));
    expect(placesOf(rows, areas)).toEqual({
      ids: ["fa-1", null, null, null],
      issues: [
        { path: "items.2.focusArea", code: "custom", params: { reason: "focusArea_ambiguous" } },
        { path: "items.3.focusArea", code: "custom", params: { reason: "focusArea_unknown" } },
      ],
    });
  });
});

describe("ownershipOf", () => {
  const owner = { id: "council", names: ["Hamarregionen"] };
  const members = [{ id: "hamar", names: ["Hamar kommune", "Hamar"] }, { id: "stange", names: ["Stange kommune"] }];

  it("makes a measure local to the member named, shared when the owner or no one is", () => {
    const rows = measureRowsOf(pastedLines("Ladepunkter\t\thamar\tKari\nMjøsby\t\t\nProfilering\t\tHamarregionen\nEØS\t\tLøten"));
    expect(ownershipOf(rows, owner, members)).toEqual({
      ownerships: [
        { scope: "local", ownerId: "hamar", responsibleOrganisationId: "hamar" },
        { scope: "shared", ownerId: "council", responsibleOrganisationId: null },
        { scope: "shared", ownerId: "council", responsibleOrganisationId: "council" },
        { scope: "shared", ownerId: "council", responsibleOrganisationId: null },
      ],
      issues: [{ path: "items.3.responsibleOrganisation", code: "custom", params: { reason: "responsibleOrganisation_unknown" } }],
    });
    expect(rows[0]?.responsiblePerson).toBe("Kari");
  });

  it("has the schema refuse a measure without a title at its row", () => {
    const parsed = AddMeasuresInputSchema.safeParse({ programmeId, items: measureRowsOf(pastedLines("A\n\tBefolkningsvekst")) });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["items.1.title"]);
  });
});

describe("pasteNamesOf", () => {
  it("knows a municipality by its place, short name and official name", () => {
    expect(pasteNamesOf({ id: "x", name: "Stange", shortName: null, kind: "municipality", country: "NO" }).names).toEqual(["Stange", null, "Stange kommune"]);
  });
});
