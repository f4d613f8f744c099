import { deleteMeasureObligationLink, findObligationById } from "@samspill/db";
import { DomainError } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedChild } from "./agreement-access.js";
import { ObligationLinkInputSchema } from "./link-obligation-to-measure.js";

export const unlinkObligationFromMeasure = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(ObligationLinkInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const obligation = await findObligationById(trx, input.obligationId);
      const { row, agreement } = await authorizedChild(trx, ctx.authorize, obligation, "obligation");
      const removed = await deleteMeasureObligationLink(trx, row.id, input.measureId);
      if (removed === 0) throw new DomainError("NOT_FOUND", { params: { kind: "measure_obligation" } });
      await audit({
        action: "obligation.measure_unlinked", subjectType: "obligation", subjectId: row.id, organisationId: agreement.countyId,
        before: { obligationId: row.id, measureId: input.measureId },
      });
      return { obligationId: row.id, measureId: input.measureId };
    }),
  );
