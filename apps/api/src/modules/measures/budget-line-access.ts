import { findMeasurePartById, type Executor } from "@samspill/db";
import { assertProgrammeTakes, DomainError, measureEditAction } from "@samspill/domain";
import { partResource, placedMeasure, type Authorize, type MeasureInPlace } from "./measure-access.js";

// A budget line of a measure is edited like the measure; a line of a part (one
// municipality's share of a shared measure) like the part, so a contributor budgets their own
// part and nobody else's.

export const BUDGET_LINE_ACTIONS = ["edit_programme", "edit_local_measure", "edit_measure_part"] as const;

export interface BudgetTarget extends MeasureInPlace {
  /** Whose log the change belongs in: the part's municipality, or the measure's owner. */
  organisationId: string;
}

export async function editableBudgetTarget(
  db: Executor,
  authorize: Authorize,
  measureId: string,
  partId: string | null,
): Promise<BudgetTarget> {
  const placed = await placedMeasure(db, measureId);
  if (partId === null) {
    authorize(placed.resource, measureEditAction(placed.measure.scope));
    assertProgrammeTakes(placed.programme, "budget_lines");
    return { ...placed, organisationId: placed.measure.ownerId };
  }
  const part = await findMeasurePartById(db, partId);
  if (part?.measureId !== measureId) {
    // Asked about the measure first, so an outsider learns nothing about a measure they cannot see.
    authorize({ ...placed.resource, kind: "measure_part" }, "edit_measure_part");
    throw new DomainError("INVALID_INPUT", { reason: "part_not_of_measure", params: { field: "partId" } });
  }
  authorize(partResource(placed.place, part, placed.programme), "edit_measure_part");
  assertProgrammeTakes(placed.programme, "budget_lines");
  return { ...placed, organisationId: part.municipalityId };
}
