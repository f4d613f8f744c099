import { findProgrammeById, insertMeasure, listCouncilsOfMunicipality, type Executor, type ProgrammeRow } from "@samspill/db";
import { assertProgrammeTakesMeasures, CreateMeasureInputSchema, DomainError, measureEditAction, type CreateMeasureInput } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { locateOwner } from "../../trpc/locate.js";
import { inMutation } from "../../trpc/mutation.js";
import { found, measureResource } from "./measure-access.js";
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

/**
 * Adds a measure to a draft or adopted programme: councils add measures during the period they
 * follow up (a municipality starts a local one, the council agrees a new shared one). A
 * superseded programme is refused; its open work lives on in the revision.
 */
export const createMeasure = procedure
  .meta({ permission: { actions: ["edit_programme", "edit_local_measure"] } })
  .input(CreateMeasureInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const programme = found(await findProgrammeById(trx, input.programmeId), "programme");
      const place = await locateOwner(trx, programme.ownerId);
      ctx.authorize(measureResource(place, input, programme), measureEditAction(input.scope));
      assertProgrammeTakesMeasures(programme);
      await assertOwner(trx, input, programme, isoDay(ctx.now()));
      await assertFocusAreaInProgramme(trx, input.focusAreaId, programme.id);
      const { goalIds, obligationIds, sdgGoals, ...values } = input;
      const measure = await insertMeasure(trx, { ...values, sdgGoals: [...new Set(sdgGoals)] });
      const after = {
        ...measureRowView(measure),
        goalIds: await replaceGoals(trx, measure.id, programme.id, goalIds),
        obligationIds: await replaceObligations(trx, measure.id, programme.ownerId, obligationIds),
      };
      await audit({ action: "measure.created", subjectType: "measure", subjectId: measure.id, organisationId: measure.ownerId, after });
      return after;
    }),
  );
