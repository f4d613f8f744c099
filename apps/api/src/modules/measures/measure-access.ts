import {
  findMeasureById, findMeasurePartById, findProgrammeWithOwner,
  type Executor, type MeasurePartRow, type MeasureRow, type OrganisationRow, type ProgrammeRow,
} from "@samspill/db";
import {
  assertProgrammeTakes, measureEditAction, type MeasureScope, type ProgrammeChange, type Resource,
} from "@samspill/domain";
import { placeOfOwner, type OwnerPlace } from "../../trpc/locate.js";
import { found, type Authorize } from "../../trpc/found.js";
export { found } from "../../trpc/found.js";
export type { Authorize } from "../../trpc/found.js";

// Where measures and parts sit for the permission rules. A measure belongs to its programme's
// owner (the council, or a municipality that runs its own programme); a local measure also to
// the municipality that owns it, a part to the municipality whose part it is.

export function measureResource(
  place: OwnerPlace,
  measure: { scope: MeasureScope; ownerId: string },
  programme: ProgrammeRow,
): Resource {
  const municipalityId = measure.scope === "local" ? measure.ownerId : place.municipalityId;
  return { kind: "measure", ...place, municipalityId, scope: measure.scope, published: programme.published };
}

export function partResource(place: OwnerPlace, part: { municipalityId: string }, programme: ProgrammeRow): Resource {
  return { kind: "measure_part", ...place, municipalityId: part.municipalityId, published: programme.published };
}

export interface MeasureInPlace {
  measure: MeasureRow;
  programme: ProgrammeRow;
  /** The organisation whose programme it is, where `place` comes from. */
  programmeOwner: OrganisationRow;
  place: OwnerPlace;
  resource: Resource;
}

/** Loads a measure with its programme and place, without asking anything yet. */
export async function placedMeasure(db: Executor, measureId: string): Promise<MeasureInPlace> {
  const measure = found(await findMeasureById(db, measureId), "measure");
  const { programme, owner: programmeOwner } = found(await findProgrammeWithOwner(db, measure.programmeId), "programme");
  const place = placeOfOwner(programmeOwner);
  return { measure, programme, programmeOwner, place, resource: measureResource(place, measure, programme) };
}

/** A measure the actor may read. */
export async function readableMeasure(db: Executor, authorize: Authorize, measureId: string): Promise<MeasureInPlace> {
  const placed = await placedMeasure(db, measureId);
  authorize(placed.resource, "read_programme");
  return placed;
}

/**
 * A measure the actor may edit under its scope's action (shared: the programme's, local: the
 * owning municipality's). The change is named once the caller knows it (see measureEditChange):
 * `assertProgrammeTakes(placed.programme, change)`.
 */
export async function authorizedMeasureEdit(db: Executor, authorize: Authorize, measureId: string): Promise<MeasureInPlace> {
  const placed = await placedMeasure(db, measureId);
  authorize(placed.resource, measureEditAction(placed.measure.scope));
  return placed;
}

/** A measure the actor may edit, in a programme whose status takes the change. */
export async function editableMeasure(db: Executor, authorize: Authorize, measureId: string, change: ProgrammeChange): Promise<MeasureInPlace> {
  const placed = await authorizedMeasureEdit(db, authorize, measureId);
  assertProgrammeTakes(placed.programme, change);
  return placed;
}

export interface PartInPlace extends MeasureInPlace {
  part: MeasurePartRow;
  partResource: Resource;
}

/** A part the actor may edit: the secretariat's, or the contributor's own municipality's. */
export async function editablePart(db: Executor, authorize: Authorize, partId: string): Promise<PartInPlace> {
  const part = found(await findMeasurePartById(db, partId), "measure_part");
  const placed = await placedMeasure(db, part.measureId);
  const resource = partResource(placed.place, part, placed.programme);
  authorize(resource, "edit_measure_part");
  assertProgrammeTakes(placed.programme, "measure_parts");
  return { ...placed, part, partResource: resource };
}
