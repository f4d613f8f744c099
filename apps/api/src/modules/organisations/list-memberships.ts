import { z } from "zod";
import { findOrganisationById, pageMembershipsOfCouncil } from "@samspill/db";
import { DomainError, IdSchema, IsoDateSchema } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { membershipView } from "./organisation-view.js";

const ListMembershipsInputSchema = z.strictObject({
  councilId: IdSchema,
  /** The day to list members on; today unless given. */
  on: IsoDateSchema.optional(),
  /** Every membership the council has had, joins and leaves, instead of the members on a day. */
  history: z.boolean().default(false),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
});

/** Who belongs to a council is a public fact, like the register of organisations. */
export const listMemberships = procedure
  .meta({ permission: { public: true } })
  .input(ListMembershipsInputSchema)
  .query(async ({ ctx, input }) => {
    const council = await findOrganisationById(ctx.db, input.councilId);
    if (!council) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
    const on = input.history ? undefined : (input.on ?? isoDay(ctx.now()));
    const page = await pageMembershipsOfCouncil(ctx.db, { councilId: council.id, on, limit: input.limit, offset: input.offset });
    return {
      total: page.total,
      items: page.items.map((row) => ({
        ...membershipView(row),
        municipality: { id: row.municipalityId, name: row.municipalityName, code: row.municipalityCode },
      })),
    };
  });
