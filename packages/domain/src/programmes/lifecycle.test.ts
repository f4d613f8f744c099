import { describe, expect, it } from "vitest";
import { PROGRAMME_STATUSES } from "../shared/enums";
import { expectDomainError } from "../shared/testing";
import { type LifecycleProgramme, adoptProgramme, assertProgrammeEditable, isProgrammeEditable } from "./lifecycle";

const first: LifecycleProgramme = { id: "p1", status: "draft", predecessorId: null, adoptedDecisionId: null };
const adoptedFirst: LifecycleProgramme = { ...first, status: "adopted", adoptedDecisionId: "d1" };
const revision: LifecycleProgramme = { id: "p2", status: "draft", predecessorId: "p1", adoptedDecisionId: null };

describe("programme editability", () => {
  it.each(PROGRAMME_STATUSES.map((status) => [status, status === "draft"] as const))("%s editable: %s", (status, editable) => {
    expect(isProgrammeEditable({ status })).toBe(editable);
    if (editable) expect(() => assertProgrammeEditable({ id: "p", status })).not.toThrow();
    else expectDomainError(() => assertProgrammeEditable({ id: "p", status }), "INVALID_STATE", "programme_not_draft");
  });
});

describe("adoptProgramme", () => {
  it("adopts a first version with its decision", () => {
    expect(adoptProgramme(first, "d1")).toEqual({ programme: adoptedFirst, superseded: null });
  });

  it("needs a decision", () => {
    expectDomainError(() => adoptProgramme(first, " "), "INVALID_INPUT", "decision_required");
  });

  it("only adopts drafts", () => {
    expectDomainError(() => adoptProgramme(adoptedFirst, "d2"), "INVALID_STATE", "programme_not_draft");
    expectDomainError(() => adoptProgramme({ ...adoptedFirst, status: "superseded" }, "d2"), "INVALID_STATE", "programme_not_draft");
  });

  it("supersedes the predecessor when a revision is adopted", () => {
    const result = adoptProgramme(revision, "d2", adoptedFirst);
    expect(result.programme).toMatchObject({ id: "p2", status: "adopted", adoptedDecisionId: "d2" });
    expect(result.superseded).toMatchObject({ id: "p1", status: "superseded", adoptedDecisionId: "d1" });
  });

  it("refuses a missing or wrong predecessor", () => {
    expectDomainError(() => adoptProgramme(revision, "d2"), "INVALID_INPUT", "predecessor_mismatch");
    expectDomainError(() => adoptProgramme(revision, "d2", { ...adoptedFirst, id: "p9" }), "INVALID_INPUT", "predecessor_mismatch");
    expectDomainError(() => adoptProgramme(first, "d2", adoptedFirst), "INVALID_INPUT", "not_a_revision");
  });

  it("refuses when the predecessor was already superseded by another revision", () => {
    expectDomainError(() => adoptProgramme(revision, "d3", { ...adoptedFirst, status: "superseded" }), "INVALID_STATE", "predecessor_not_adopted");
  });
});
