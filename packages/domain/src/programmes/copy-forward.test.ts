import { describe, expect, it } from "vitest";
import { expectDomainError } from "../shared/testing";
import { CopyForwardInputSchema, periodYears, planCopyForward } from "./copy-forward";
import { counterIds, hamarProgramme } from "./fixtures.test-data";

const next = { title: "Handlingsprogram 2024–2025", periodStart: "2024-01-01", periodEnd: "2025-12-31" };

function source() {
  const snapshot = hamarProgramme();
  return { ...snapshot, programme: { ...snapshot.programme, periodStart: "2022-01-01", periodEnd: "2023-12-31" } };
}

describe("planCopyForward", () => {
  const plan = planCopyForward(source(), next, counterIds());

  it("starts a new draft programme, not a revision of the old one", () => {
    expect(plan.programme).toMatchObject({
      id: "new-1", status: "draft", revision: 1, predecessorId: null, adoptedDecisionId: null, published: false, publishedAt: null, ...next,
    });
  });

  it("copies the tree in order with remapped references and no links to the old programme", () => {
    expect(plan.focusAreas.map((area) => area.title)).toEqual(["Samferdsel", "Befolkningsvekst", "Kompetanse og næringsutvikling"]);
    expect(plan.focusAreas[0]?.parentId).toBe(plan.focusAreas[1]?.id);
    expect(plan.goals.map((goal) => goal.focusAreaId)).toEqual([plan.idMap.get("fa-samferdsel"), plan.idMap.get("fa-kompetanse")]);
    const rows = [...plan.focusAreas, ...plan.goals, ...plan.measures];
    expect(rows.every((row) => row.predecessorId === null && row.programmeId === "new-1")).toBe(true);
  });

  it("takes only the measures with work left", () => {
    expect(plan.measures.map((measure) => measure.title)).toEqual(["Regional ladestruktur", "Mjøsby-samarbeid", "EU/EØS-prosjekter"]);
    expect(plan.measures[0]?.goalIds).toEqual([plan.idMap.get("goal-lading")]);
  });

  it("refuses a period that does not begin after the source's, naming the field", () => {
    expectDomainError(() => planCopyForward(source(), { ...next, periodStart: "2023-12-31" }, counterIds()), "INVALID_INPUT", "period_not_after_source");
  });

  it("takes a source in any state: a draft may be copied as well as an adopted programme", () => {
    const draft = source();
    expect(planCopyForward({ ...draft, programme: { ...draft.programme, status: "draft" as never } }, next, counterIds()).programme.status).toBe("draft");
  });
});

describe("copy forward input", () => {
  it("puts an end before the start on the end field", () => {
    const parsed = CopyForwardInputSchema.safeParse({ programmeId: "00000000-0000-4000-8000-000000000001", version: 1, ...next, periodEnd: "2023-06-30" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["periodEnd"]);
  });

  it("names the years of a period", () => {
    expect(periodYears(next)).toEqual({ from: 2024, to: 2025 });
  });
});
