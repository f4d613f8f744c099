import { describe, expect, it } from "vitest";
import { PROGRAMME_STATUSES } from "../shared/enums";
import { expectDomainError } from "../shared/testing";
import {
  type LifecycleProgramme, adoptProgramme, adoptionRefusal, assertPublishable, publicationRefusal, revisionRefusal,
} from "./lifecycle";

const first: LifecycleProgramme = { id: "p1", status: "draft", predecessorId: null, adoptedDecisionId: null };
const adoptedFirst: LifecycleProgramme = { ...first, status: "adopted", adoptedDecisionId: "d1" };
const revision: LifecycleProgramme = { id: "p2", status: "draft", predecessorId: "p1", adoptedDecisionId: null };

describe("what each state allows besides editing (see change-rules.test.ts for editing)", () => {
  const cases = [
    // status, adopt, publish, unpublish, start revision (no successor), start revision (successor)
    ["draft", null, "programme_not_adopted", null, "revise_adopted_only", "revise_adopted_only"],
    ["adopted", "programme_not_draft", null, null, null, "revision_exists"],
    ["superseded", "programme_not_draft", null, null, "revise_adopted_only", "revise_adopted_only"],
  ] as const;

  it("covers every status", () => {
    expect(cases.map(([status]) => status)).toEqual([...PROGRAMME_STATUSES]);
  });

  it.each(cases)("%s: adopt %s, publish %s, unpublish %s, revise %s / with a revision %s", (status, adopt, publish, unpublish, revise, reviseAgain) => {
    expect(adoptionRefusal(status)).toBe(adopt);
    expect(publicationRefusal(status, true)).toBe(publish);
    expect(publicationRefusal(status, false)).toBe(unpublish);
    expect(revisionRefusal(status, false)).toBe(revise);
    expect(revisionRefusal(status, true)).toBe(reviseAgain);
    if (publish) expectDomainError(() => assertPublishable({ status }, true), "INVALID_STATE", publish);
    else expect(() => assertPublishable({ status }, true)).not.toThrow();
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
