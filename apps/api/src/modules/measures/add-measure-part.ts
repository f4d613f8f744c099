import { insertMeasurePart, listCouncilsOfMunicipality } from "@samspill/db";
import { assertMeasureTakesParts, assertProgrammeTakes, CreateMeasurePartInputSchema, DomainError } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { placedMeasure } from "./measure-access.js";
import { budgetShareColumns, partRowView } from "./measure-view.js";

/**
 * Gives a member municipality its part of a shared measure. Who takes part is the council's
 * decision about the shared measure, so it is the secretariat's (edit_programme); the
 * municipality then keeps its own part up to date.
 */
export const addMeasurePart = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(CreateMeasurePartInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { measure, programme, resource } = await placedMeasure(trx, input.measureId);
      ctx.authorize(resource, "edit_programme");
      assertProgrammeTakes(programme, "measure_parts");
      assertMeasureTakesParts(measure);
      const councils = await listCouncilsOfMunicipality(trx, input.municipalityId, isoDay(ctx.now()));
      if (!councils.some((council) => council.id === programme.ownerId)) {
        throw new DomainError("INVALID_INPUT", { reason: "municipality_not_a_member", params: { field: "municipalityId" } });
      }
      const { budgetShare, ...values } = input;
      const part = await insertMeasurePart(trx, { ...values, ...budgetShareColumns(budgetShare) });
      const after = partRowView(part);
      await audit({ action: "measure_part.added", subjectType: "measure_part", subjectId: part.id, organisationId: part.municipalityId, after });
      return after;
    }),
  );
