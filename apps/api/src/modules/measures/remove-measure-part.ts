import { z } from "zod";
import { countReportsOfPart, deleteMeasurePart, findMeasurePartById, updateWithVersion } from "@samspill/db";
import { assertProgrammeTakes, DomainError, IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { found, placedMeasure } from "./measure-access.js";
import { partRowView } from "./measure-view.js";

/**
 * Takes a municipality out of a shared measure (the secretariat's call, like adding it), with
 * the part's budget lines. A part already reported on is refused: cancel it instead.
 */
export const removeMeasurePart = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const part = found(await findMeasurePartById(trx, input.id), "measure_part");
      const { programme, resource } = await placedMeasure(trx, part.measureId);
      ctx.authorize(resource, "edit_programme");
      assertProgrammeTakes(programme, "measure_parts");
      await updateWithVersion(trx, "measurePart", part.id, input.version, {});
      const reports = await countReportsOfPart(trx, part.id);
      if (reports > 0) throw new DomainError("INVALID_STATE", { reason: "part_has_reports", params: { reports } });
      await deleteMeasurePart(trx, part.id);
      await audit({
        action: "measure_part.removed", subjectType: "measure_part", subjectId: part.id, organisationId: part.municipalityId, before: partRowView(part),
      });
      return { id: part.id };
    }),
  );
