import { describe, expect, it } from "vitest";
import { MEASURE_STATUSES, type MeasureStatus } from "../shared/enums";
import { expectDomainError } from "../shared/testing";
import { assertStatusTransition, canTransition, normaliseProgress } from "./status";

// The full table written out: a change to the rules must change this test too.
const ALLOWED: Record<MeasureStatus, MeasureStatus[]> = {
  planned: ["planned", "in_progress", "cancelled", "delayed"],
  in_progress: ["in_progress", "completed", "delayed", "cancelled"],
  delayed: ["delayed", "in_progress", "completed", "cancelled"],
  completed: ["completed"],
  cancelled: ["cancelled"],
};

const cases = MEASURE_STATUSES.flatMap((from) =>
  MEASURE_STATUSES.map((to) => [from, to, ALLOWED[from].includes(to)] as const),
);

describe("measure status transitions", () => {
  it.each(cases)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) {
      expect(() => assertStatusTransition(from, to)).not.toThrow();
    } else {
      expectDomainError(() => assertStatusTransition(from, to), "INVALID_STATE");
    }
  });

  it("explains why terminal statuses refuse", () => {
    expectDomainError(() => assertStatusTransition("completed", "in_progress"), "INVALID_STATE", "status_terminal");
    expectDomainError(() => assertStatusTransition("planned", "completed"), "INVALID_STATE", "status_transition_not_allowed");
  });
});

describe("normaliseProgress", () => {
  it.each<[MeasureStatus, number, number]>([
    ["completed", 40, 100],
    ["completed", 100, 100],
    ["in_progress", 40, 40],
    ["in_progress", 40.6, 41],
    ["delayed", 140, 100],
    ["planned", -5, 0],
  ])("%s with %d → %d", (status, progress, expected) => {
    expect(normaliseProgress(status, progress)).toBe(expected);
  });
});
