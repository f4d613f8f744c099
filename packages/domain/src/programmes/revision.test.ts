import { describe, expect, it } from "vitest";
import { expectDomainError } from "../shared/testing";
import { counterIds, hamarProgramme } from "./fixtures.test-data";
import { planRevision } from "./revision";

describe("planRevision", () => {
  const snapshot = hamarProgramme();
  const plan = planRevision(snapshot, counterIds());

  it("creates a new draft version linked to the old one", () => {
    expect(plan.programme).toMatchObject({
      id: "new-1", status: "draft", revision: 2, predecessorId: "prog-2022", adoptedDecisionId: null, published: false,
      title: "Handlingsprogram 2022–2023",
    });
  });

  it("carries every focus area and goal with links and remapped references", () => {
    expect(plan.focusAreas.map((a) => a.predecessorId)).toEqual(["fa-samferdsel", "fa-befolkning", "fa-kompetanse"]);
    const samferdsel = plan.focusAreas[0];
    const befolkning = plan.focusAreas[1];
    expect(samferdsel?.parentId).toBe(befolkning?.id);
    expect(plan.goals.map((g) => [g.predecessorId, g.focusAreaId])).toEqual([
      ["goal-lading", plan.idMap.get("fa-samferdsel")],
      ["goal-nettverk", plan.idMap.get("fa-kompetanse")],
    ]);
    expect([...plan.focusAreas, ...plan.goals].every((row) => row.programmeId === "new-1")).toBe(true);
  });

  it("carries only measures that are not completed or cancelled", () => {
    expect(plan.measures.map((m) => m.predecessorId)).toEqual(["m-lading", "m-mjosby", "m-eu"]);
    expect(plan.measures.map((m) => m.status)).toEqual(["in_progress", "planned", "delayed"]);
    const lading = plan.measures[0];
    expect(lading).toMatchObject({ programmeId: "new-1", goalIds: [plan.idMap.get("goal-lading")], focusAreaId: plan.idMap.get("fa-samferdsel"), progress: 40 });
  });

  it("gives every copy a fresh id and records the mapping", () => {
    const ids = [plan.programme.id, ...plan.focusAreas, ...plan.goals, ...plan.measures].map((row) => (typeof row === "string" ? row : row.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.startsWith("fa-") || id.startsWith("m-") || id.startsWith("goal-"))).toBe(false);
    expect(plan.idMap.size).toBe(1 + 3 + 2 + 3);
    expect(plan.idMap.has("m-lo-nho")).toBe(false);
  });

  it("leaves the original untouched", () => {
    expect(snapshot.programme.status).toBe("adopted");
    expect(snapshot.measures[0]?.id).toBe("m-lading");
  });

  it("only revises an adopted programme", () => {
    const draft = { ...snapshot, programme: { ...snapshot.programme, status: "draft" as const } };
    expectDomainError(() => planRevision(draft, counterIds()), "INVALID_STATE", "revise_adopted_only");
  });
});
