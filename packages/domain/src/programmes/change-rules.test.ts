import { describe, expect, it } from "vitest";
import { PROGRAMME_STATUSES, type ProgrammeStatus } from "../shared/enums";
import { expectDomainError } from "../shared/testing";
import {
  assertProgrammeTakes, measureEditChange, PROGRAMME_CHANGES, programmeChangeRefusal, programmeTakes, type ProgrammeChange,
} from "./change-rules";

// "Adopted means adopted", written out by hand: which change each programme status takes. If
// the rule changes, this table must change with it.

const Y = null;
const REVISE = "programme_adopted_use_revision";
const HISTORY = "programme_superseded";

const TABLE: Record<ProgrammeChange, Record<ProgrammeStatus, string | null>> = {
  programme_details: { draft: Y, adopted: REVISE, superseded: HISTORY },
  focus_areas: { draft: Y, adopted: REVISE, superseded: HISTORY },
  goals: { draft: Y, adopted: REVISE, superseded: HISTORY },
  measures_added_or_removed: { draft: Y, adopted: REVISE, superseded: HISTORY },
  measure_definition: { draft: Y, adopted: REVISE, superseded: HISTORY },
  measure_follow_up: { draft: Y, adopted: Y, superseded: HISTORY },
  measure_parts: { draft: Y, adopted: Y, superseded: HISTORY },
  budget_lines: { draft: Y, adopted: Y, superseded: HISTORY },
  indicators: { draft: Y, adopted: Y, superseded: HISTORY },
  roles: { draft: Y, adopted: Y, superseded: HISTORY },
};

const CASES = (Object.keys(PROGRAMME_CHANGES) as ProgrammeChange[]).flatMap((change) =>
  PROGRAMME_STATUSES.map((status) => [change, status, TABLE[change][status]] as const),
);

describe("which change on which programme status", () => {
  it("covers every change × status", () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(PROGRAMME_CHANGES).sort());
    expect(CASES).toHaveLength(Object.keys(PROGRAMME_CHANGES).length * PROGRAMME_STATUSES.length);
  });

  it.each(CASES)("%s on a %s programme → %s", (change, status, refusal) => {
    expect(programmeChangeRefusal(status, change)).toBe(refusal);
    expect(programmeTakes(status, change)).toBe(refusal === null);
    if (refusal === null) expect(() => assertProgrammeTakes({ id: "p", status }, change)).not.toThrow();
    else expectDomainError(() => assertProgrammeTakes({ id: "p", status }, change), "INVALID_STATE", refusal);
  });
});

describe("an edit of a measure", () => {
  const current = { title: "Regional ladestruktur", description: "", focusAreaId: "f1", position: 2, goalIds: ["g1", "g2"] };

  it("is follow-up when no definition field changes, even if the unchanged ones are sent along", () => {
    expect(measureEditChange(current, {})).toBe("measure_follow_up");
    expect(measureEditChange(current, { title: "Regional ladestruktur", goalIds: ["g2", "g1"], position: 2 })).toBe("measure_follow_up");
  });

  it.each([
    ["title", { title: "Ladestruktur" }],
    ["description", { description: "Ny tekst" }],
    ["focus area", { focusAreaId: null }],
    ["order", { position: 3 }],
    ["goals", { goalIds: ["g1"] }],
    ["goals, same count", { goalIds: ["g1", "g3"] }],
  ] as const)("is a change of its definition when the %s changes", (_name, patch) => {
    expect(measureEditChange(current, patch)).toBe("measure_definition");
  });
});
