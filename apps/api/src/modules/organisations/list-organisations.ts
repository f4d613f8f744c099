import { z } from "zod";
import { listOrganisations as listOrganisationRows } from "@samspill/db";
import { COUNTRIES, IsoDateSchema, ORGANISATION_KINDS } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";

const ListOrganisationsInputSchema = z
  .strictObject({
    kind: z.enum(ORGANISATION_KINDS).optional(),
    country: z.enum(COUNTRIES).optional(),
    search: z.string().trim().max(100).optional(),
    validOn: IsoDateSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .default({ limit: 50, offset: 0 });

/** Organisations are public facts (official registers): a page of them with the total. */
export const listOrganisations = procedure.meta({ permission: { public: true } }).input(ListOrganisationsInputSchema).query(async ({ ctx, input }) => {
  const page = await listOrganisationRows(ctx.db, input);
  return {
    total: page.total,
    items: page.items.map((row) => ({
      id: row.id,
      kind: row.kind,
      country: row.country,
      code: row.code,
      name: row.name,
      languageForm: row.languageForm,
      slug: row.slug,
      validFrom: row.validFrom,
      validTo: row.validTo,
    })),
  };
});
