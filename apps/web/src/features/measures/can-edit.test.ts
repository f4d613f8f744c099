import { describe, expect, it } from "vitest";
import { canComment, canEditMeasure, canEditPart } from "./can-edit";

const scope = (councilIds: string[], municipalityIds: string[]) => ({ councilIds, municipalityIds, countyIds: [] });
const secretariat = { role: "secretariat" as const, scope: scope(["c1"], []) };
const stange = { role: "municipality_contributor" as const, scope: scope(["c1"], ["stange"]) };
const shared = { scope: "shared" as const, ownerId: "c1", councilId: "c1" };

describe("who sees edit controls", () => {
  it("lets the secretariat edit its council's measures and parts", () => {
    expect(canEditMeasure(secretariat, shared)).toBe(true);
    expect(canEditPart(secretariat, shared, { municipalityId: "hamar" })).toBe(true);
    expect(canEditMeasure({ ...secretariat, scope: scope(["c2"], []) }, shared)).toBe(false);
  });

  it("lets a contributor edit only their own municipality's part and local measures", () => {
    expect(canEditMeasure(stange, shared)).toBe(false);
    expect(canEditPart(stange, shared, { municipalityId: "stange" })).toBe(true);
    expect(canEditPart(stange, shared, { municipalityId: "hamar" })).toBe(false);
    expect(canEditMeasure(stange, { scope: "local", ownerId: "stange", councilId: "c1" })).toBe(true);
  });

  it("gives readers nothing to edit", () => {
    expect(canEditMeasure(null, shared)).toBe(false);
    expect(canComment({ role: "council_member", scope: scope(["c1"], []) })).toBe(false);
    expect(canComment(stange)).toBe(true);
  });
});
