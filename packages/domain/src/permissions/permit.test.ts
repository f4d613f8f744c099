import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor, type Resource } from "./actor";
import { permitOf } from "./permit";

const council = "council-1";
const secretariat: Actor = { userId: "u1", role: "secretariat", organisationId: council, scope: { councilIds: [council], municipalityIds: [], countyIds: [] } };
const stange: Actor = { userId: "u2", role: "municipality_contributor", organisationId: "m-stange", scope: { councilIds: [council], municipalityIds: ["m-stange"], countyIds: [] } };
const hamarPart: Resource = { kind: "measure_part", councilId: council, municipalityId: "m-hamar", published: true };

describe("permitOf", () => {
  it("allows when the table allows and no state refuses", () => {
    expect(permitOf(secretariat, "edit_measure_part", hamarPart)).toEqual({ allowed: true, reason: null });
    expect(permitOf(secretariat, "edit_measure_part", hamarPart, null, null)).toEqual({ allowed: true, reason: null });
  });

  it("gives the table's reason first, so the viewer learns who may", () => {
    expect(permitOf(stange, "edit_measure_part", hamarPart, "programme_superseded")).toEqual({ allowed: false, reason: "not_own_municipality" });
    expect(permitOf(ANONYMOUS, "edit_measure_part", hamarPart)).toEqual({ allowed: false, reason: "sign_in_required" });
  });

  it("then the first state refusal that applies", () => {
    expect(permitOf(secretariat, "edit_programme", { ...hamarPart, kind: "programme" }, null, "programme_adopted_use_revision", "programme_superseded"))
      .toEqual({ allowed: false, reason: "programme_adopted_use_revision" });
  });
});
