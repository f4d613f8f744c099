import { insertMeasurePart, listCouncilsOfMunicipality, type Executor, type NewMeasurePart, type ProgrammeRow } from "@samspill/db";
import { assertMeasureTakesParts, assertProgrammeTakes, DomainError } from "@samspill/domain";
import type { Audit } from "../../trpc/mutation.js";
import { placedMeasure, type Authorize, type MeasureInPlace } from "./measure-access.js";
import { partRowView } from "./measure-view.js";

// Giving a member municipality its part of a shared measure, one part at a time or many at once.
// Who takes part is the council's decision about the shared measure, so it is the secretariat's
// (edit_programme); the municipality then keeps its own part up to date.

/** A shared measure the actor may give parts to, in a programme that takes them. */
export async function measureTakingParts(db: Executor, authorize: Authorize, measureId: string): Promise<MeasureInPlace> {
  const placed = await placedMeasure(db, measureId);
  authorize(placed.resource, "edit_programme");
  assertProgrammeTakes(placed.programme, "measure_parts");
  assertMeasureTakesParts(placed.measure);
  return placed;
}

/** Refuses, naming `field`, a municipality that is not a member of the programme's council on `day`. */
export async function assertMemberOfOwner(db: Executor, programme: ProgrammeRow, municipalityId: string, day: string, field: string): Promise<void> {
  const councils = await listCouncilsOfMunicipality(db, municipalityId, day);
  if (councils.some((council) => council.id === programme.ownerId)) return;
  throw new DomainError("INVALID_INPUT", { reason: "municipality_not_a_member", params: { field } });
}

/** Writes a member's part and its audit event. */
export async function insertPart(db: Executor, audit: Audit, values: NewMeasurePart) {
  const part = await insertMeasurePart(db, values);
  const after = partRowView(part);
  await audit({ action: "measure_part.added", subjectType: "measure_part", subjectId: part.id, organisationId: part.municipalityId, after });
  return after;
}
