import { findProgrammeById, type Executor, type ProgrammeRow } from "@samspill/db";
import { assertProgrammeTakes, can, type Action, type Actor, type ProgrammeChange, type Resource } from "@samspill/domain";
import { locateOwner, type OwnerPlace } from "../../trpc/locate.js";
import { found } from "../../trpc/found.js";
export { found } from "../../trpc/found.js";

// Where a programme (or a strategy, focus area, goal or role of one) sits for the permission
// rules: its owner's place, and whether the owner has published it.

export type Authorize = (resource: Resource, action?: Action) => void;

export async function ownerResource(db: Executor, ownerId: string, published: boolean): Promise<Resource> {
  return programmeResource(await locateOwner(db, ownerId), published);
}

/** The programme of an owner whose place is known. */
export function programmeResource(place: OwnerPlace, published: boolean): Resource {
  return { kind: "programme", ...place, published };
}

/** Loads a programme and asks the permission rules about it. */
export async function authorizedProgramme(
  db: Executor,
  authorize: Authorize,
  programmeId: string,
  action?: Action,
): Promise<ProgrammeRow> {
  const programme = found(await findProgrammeById(db, programmeId), "programme");
  authorize(await ownerResource(db, programme.ownerId, programme.published), action);
  return programme;
}

/**
 * A programme the actor may edit and whose status takes the change: the structure of an adopted
 * one changes only by revision, a superseded one not at all (change-rules.ts in the domain).
 */
export async function editableProgramme(
  db: Executor,
  authorize: Authorize,
  programmeId: string,
  change: ProgrammeChange,
): Promise<ProgrammeRow> {
  const programme = await authorizedProgramme(db, authorize, programmeId);
  assertProgrammeTakes(programme, change);
  return programme;
}

/**
 * For lists of an owner: whether the actor reads the owner's unpublished things too. The list
 * is then authorized as unpublished (insiders) or published (everyone else) and filtered to match.
 */
export async function listScope(
  db: Executor,
  actor: Actor,
  action: Action,
  ownerId: string,
  kind: Resource["kind"] = "programme",
): Promise<{ resource: Resource; publishedOnly: boolean }> {
  const place = await locateOwner(db, ownerId);
  const insider = can(actor, action, { kind, ...place, published: false }).allowed;
  return { resource: { kind, ...place, published: !insider }, publishedOnly: !insider };
}
