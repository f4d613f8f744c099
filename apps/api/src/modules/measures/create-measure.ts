import { findProgrammeById, insertMeasure, listCouncilsOfMunicipality, nextMeasurePosition, type Executor, type ProgrammeRow } from "@samspill/db";
import { assertProgrammeTakes, CreateMeasureInputSchema, DomainError, measureEditAction, type CreateMeasureInput } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { locateOwner } from "../../trpc/locate.js";
import { inMutation, type Audit } from "../../trpc/mutation.js";
import { found, measureResource, type Authorize } from "./measure-access.js";
import { assertFocusAreaInProgramme, replaceGoals, replaceObligations } from "./measure-links.js";
import { measureRowView } from "./measure-view.js";

/**
 * A shared measure is owned by the programme's owner; a local one by a municipality that is a
 * member of the council today (or by the municipality that owns the programme itself).
 */
async function assertOwner(db: Executor, input: CreateMeasureInput, programme: ProgrammeRow, today: string): Promise<void> {
  if (input.ownerId === programme.ownerId) return;
  const refuse = (reason: string) => new DomainError("INVALID_INPUT", { reason, params: { field: "ownerId" } });
  if (input.scope === "shared") throw refuse("shared_measure_owned_by_programme_owner");
  const councils = await listCouncilsOfMunicipality(db, input.ownerId, today);
  if (!councils.some((council) => council.id === programme.ownerId)) throw refuse("owner_not_a_member");
}

export interface MeasureCreation {
  authorize: Authorize;
  audit: Audit;
  today: string;
}

/**
 * One new measure in an open transaction, with every rule of `measures.create`: who may add it
 * (shared or local), that the programme takes new measures, its owner and its place.
 */
export async function insertCheckedMeasure(trx: Executor, { authorize, audit, today }: MeasureCreation, input: CreateMeasureInput) {
  const programme = found(await findProgrammeById(trx, input.programmeId), "programme");
  const place = await locateOwner(trx, programme.ownerId);
  authorize(measureResource(place, input, programme), measureEditAction(input.scope));
  assertProgrammeTakes(programme, "measures_added_or_removed");
  await assertOwner(trx, input, programme, today);
  await assertFocusAreaInProgramme(trx, input.focusAreaId, programme.id);
  const { goalIds, obligationIds, sdgGoals, position, ...values } = input;
  const measure = await insertMeasure(trx, {
    ...values, position: position ?? (await nextMeasurePosition(trx, programme.id)), sdgGoals: [...new Set(sdgGoals)],
  });
  const after = {
    ...measureRowView(measure),
    goalIds: await replaceGoals(trx, measure.id, programme.id, goalIds),
    obligationIds: await replaceObligations(trx, measure.id, programme.ownerId, obligationIds),
  };
  await audit({ action: "measure.created", subjectType: "measure", subjectId: measure.id, organisationId: measure.ownerId, after });
  return after;
}

/**
 * Adds a measure to a draft: a new programme, or the revision of an adopted one (a measure the
 * council agrees mid-period goes in through a revision and its decision). Without a position it
 * comes after the programme's last measure, so the numbers already given do not move.
 */
export const createMeasure = procedure
  .meta({ permission: { actions: ["edit_programme", "edit_local_measure"] } })
  .input(CreateMeasureInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, (trx, audit) => insertCheckedMeasure(trx, { authorize: ctx.authorize, audit, today: isoDay(ctx.now()) }, input)),
  );
