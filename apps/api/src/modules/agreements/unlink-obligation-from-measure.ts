import { deleteMeasureObligationLink, findObligationById, listMeasuresOfObligations } from "@samspill/db";
import { DomainError, sameMeasureVersions } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedChild } from "./agreement-access.js";
import { ObligationLinkInputSchema } from "./link-obligation-to-measure.js";

/**
 * The measure no longer fulfils the obligation: every version of it linked (the adopted one and
 * a revision draft's copy), since the agreement shows them as one measure.
 */
export const unlinkObligationFromMeasure = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(ObligationLinkInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const obligation = await findObligationById(trx, input.obligationId);
      const { row, agreement } = await authorizedChild(trx, ctx.authorize, obligation, "obligation");
      const linked = (await listMeasuresOfObligations(trx, [row.id])).map((link) => ({ id: link.measureId, predecessorId: link.predecessorId }));
      const versions = sameMeasureVersions(linked, input.measureId);
      let removed = 0;
      for (const measureId of versions) removed += await deleteMeasureObligationLink(trx, row.id, measureId);
      if (removed === 0) throw new DomainError("NOT_FOUND", { params: { kind: "measure_obligation" } });
      await audit({
        action: "obligation.measure_unlinked", subjectType: "obligation", subjectId: row.id, organisationId: agreement.countyId,
        before: { obligationId: row.id, measureId: input.measureId, versions },
      });
      return { obligationId: row.id, measureId: input.measureId };
    }),
  );
