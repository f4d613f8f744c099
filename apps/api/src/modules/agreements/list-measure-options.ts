import { z } from "zod";
import { listMeasuresOfOwners } from "@samspill/db";
import { currentMeasureVersions, IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { authorizedAgreement } from "./agreement-access.js";

/**
 * The measures that can fulfil an obligation of the agreement: those of the programmes its
 * parties hold, each measure once in the version in force (a draft-only one marked draft), as
 * `linkObligationToMeasure` accepts them.
 */
export const listMeasureOptions = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(z.strictObject({ agreementId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const { parties } = await authorizedAgreement(ctx.db, ctx.authorize, input.agreementId);
    const measures = await listMeasuresOfOwners(ctx.db, parties.map((party) => party.organisationId));
    return currentMeasureVersions(measures).map(({ id, title, status, programmeId, programmeTitle, programmeStatus }) => ({
      id, title, status, programme: { id: programmeId, title: programmeTitle }, draft: programmeStatus === "draft",
    }));
  });
