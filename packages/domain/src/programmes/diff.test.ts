import { describe, expect, it } from "vitest";
import { diffProgrammes } from "./diff";
import { counterIds, hamarProgramme } from "./fixtures.test-data";
import { planRevision } from "./revision";

describe("diffProgrammes", () => {
  const previous = hamarProgramme();

  it("an untouched revision carries everything unchanged and drops finished measures", () => {
    const next = planRevision(previous, counterIds());
    const diff = diffProgrammes(previous, next);
    expect(diff.focusAreas.carriedForward).toHaveLength(3);
    expect(diff.goals.carriedForward).toHaveLength(2);
    expect(diff.measures.carriedForward.map((c) => c.previous.id)).toEqual(["m-lading", "m-mjosby", "m-eu"]);
    expect(diff.measures.removed.map((m) => m.id)).toEqual(["m-lo-nho", "m-utenforskap"]);
    expect(diff.focusAreas.changed).toEqual([]);
    expect(diff.measures.added).toEqual([]);
  });

  it("lists added, removed and changed rows with before and after", () => {
    const plan = planRevision(previous, counterIds());
    const [lading, mjosby] = plan.measures;
    if (!lading || !mjosby) throw new Error("fixture");
    const newArea = { id: "fa-profil", programmeId: plan.programme.id, parentId: null, predecessorId: null, title: "Profilering" };
    const next = {
      ...plan,
      focusAreas: [...plan.focusAreas, newArea],
      goals: plan.goals.slice(0, 1),
      measures: [
        { ...lading, title: "Regional ladestruktur 2.0", progress: 60 },
        { ...mjosby, focusAreaId: "fa-profil" },
        { id: "m-ny", programmeId: plan.programme.id, focusAreaId: "fa-profil", goalIds: [], status: "planned" as const, predecessorId: null, title: "Ny", progress: 0 },
      ],
    };
    const diff = diffProgrammes(previous, next);
    expect(diff.focusAreas.added.map((a) => a.id)).toEqual(["fa-profil"]);
    expect(diff.goals.removed.map((g) => g.id)).toEqual(["goal-nettverk"]);
    expect(diff.measures.added.map((m) => m.id)).toEqual(["m-ny"]);
    expect(diff.measures.removed.map((m) => m.id)).toEqual(["m-eu", "m-lo-nho", "m-utenforskap"]);
    expect(diff.measures.changed.map((c) => [c.previous.id, c.changes])).toEqual([
      ["m-lading", [{ field: "title", before: "Regional ladestruktur", after: "Regional ladestruktur 2.0" }, { field: "progress", before: 40, after: 60 }]],
      ["m-mjosby", [{ field: "focusAreaId", before: "fa-befolkning", after: "fa-profil" }]],
    ]);
  });

  it("notices a changed goal link and a moved sub-theme", () => {
    const plan = planRevision(previous, counterIds());
    const [samferdsel, befolkning, kompetanse] = plan.focusAreas;
    const [lading] = plan.measures;
    if (!samferdsel || !befolkning || !kompetanse || !lading) throw new Error("fixture");
    const next = {
      ...plan,
      focusAreas: [{ ...samferdsel, parentId: kompetanse.id }, befolkning, kompetanse],
      measures: [{ ...lading, goalIds: [...lading.goalIds, plan.idMap.get("goal-nettverk") ?? ""] }, ...plan.measures.slice(1)],
    };
    const diff = diffProgrammes(previous, next);
    expect(diff.focusAreas.changed.map((c) => c.changes.map((x) => x.field))).toEqual([["parentId"]]);
    expect(diff.measures.changed.map((c) => c.changes.map((x) => x.field))).toEqual([["goalIds"]]);
  });
});
