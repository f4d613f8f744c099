import { z } from "zod";
import { findMeasureWithProgrammeOwner, findObligationById, hasMeasureObligationLink, insertMeasureObligationLink, listLaterVersionIds } from "@samspill/db";
import { DomainError, IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedChild } from "./agreement-access.js";

export const ObligationLinkInputSchema = z.strictObject({ obligationId: IdSchema, measureId: IdSchema });

/**
 * Records that a measure fulfils an obligation. Only measures of a programme held by a party of
 * the agreement can fulfil it; any other measure, or one that does not exist, is INVALID_INPUT
 * alike, so the answer tells nothing about other councils' measures. The copies a revision
 * being drafted has made of the measure are linked too, so the link outlives the revision.
 */
export const linkObligationToMeasure = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(ObligationLinkInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const obligation = await findObligationById(trx, input.obligationId);
      const { row, agreement, parties } = await authorizedChild(trx, ctx.authorize, obligation, "obligation");
      const measure = await findMeasureWithProgrammeOwner(trx, input.measureId);
      if (!measure || !parties.some((party) => party.organisationId === measure.programmeOwnerId)) {
        throw new DomainError("INVALID_INPUT", { reason: "measure_not_of_a_party", params: { measureId: input.measureId } });
      }
      if (await hasMeasureObligationLink(trx, row.id, measure.id)) throw new DomainError("CONFLICT", { reason: "already_linked" });
      await insertMeasureObligationLink(trx, row.id, measure.id);
      const copies: string[] = [];
      for (const copyId of await listLaterVersionIds(trx, measure.id)) {
        if (await hasMeasureObligationLink(trx, row.id, copyId)) continue;
        await insertMeasureObligationLink(trx, row.id, copyId);
        copies.push(copyId);
      }
      const after = { obligationId: row.id, measureId: measure.id, title: measure.title, copies };
      await audit({ action: "obligation.measure_linked", subjectType: "obligation", subjectId: row.id, organisationId: agreement.countyId, after });
      return after;
    }),
  );
