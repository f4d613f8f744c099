import { z } from "zod";
import { pageStatusReportsOfPeriod } from "@samspill/db";
import { IdSchema, ReportStatusSchema, type Actor } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { authorizedPeriod, contributorMunicipalities } from "./report-access.js";
import { reportView } from "./report-view.js";

const ListForPeriodInputSchema = z.strictObject({
  periodId: IdSchema,
  status: z.array(ReportStatusSchema).max(4).optional(),
  organisationId: IdSchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
});

/**
 * Whose reports the actor lists: a contributor their own municipality's (their tasks), everyone
 * else who reads the council all of them; an organisation filter narrows either.
 */
function organisationScope(actor: Actor, organisationId: string | undefined): readonly string[] | undefined {
  const own = contributorMunicipalities(actor);
  if (organisationId === undefined) return own;
  return own && !own.includes(organisationId) ? [] : [organisationId];
}

/** A period's reports, filtered by workflow status and organisation, paged on the server. */
export const listForPeriod = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(ListForPeriodInputSchema)
  .query(async ({ ctx, input }) => {
    await authorizedPeriod(ctx.db, ctx.authorize, input.periodId);
    const page = await pageStatusReportsOfPeriod(ctx.db, input.periodId, {
      workflowStatus: input.status,
      organisationIds: organisationScope(ctx.actor, input.organisationId),
      limit: input.limit,
      offset: input.offset,
    });
    return {
      total: page.total,
      items: page.items.map((item) => ({
        ...reportView(item),
        measureTitle: item.measureTitle,
        organisationName: item.organisationName,
      })),
    };
  });
