import { z } from "zod";
import { findOrganisationById, findOrganisationBySlug } from "@samspill/db";
import { DomainError, IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";

const GetOrganisationInputSchema = z.union([
  z.strictObject({ id: IdSchema }),
  z.strictObject({ slug: z.string().trim().min(1).max(100) }),
]);

/** One organisation by id or by its URL slug (councils have one, e.g. `hamarregionen`). */
export const getOrganisation = procedure.meta({ permission: { public: true } }).input(GetOrganisationInputSchema).query(async ({ ctx, input }) => {
  const row = "id" in input ? await findOrganisationById(ctx.db, input.id) : await findOrganisationBySlug(ctx.db, input.slug);
  if (!row) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
  return {
    id: row.id,
    kind: row.kind,
    country: row.country,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    languageForm: row.languageForm,
    slug: row.slug,
    description: row.description,
    website: row.website,
    validFrom: row.validFrom,
    validTo: row.validTo,
    // The admin's edit form sends the version it read (organisations.update is optimistic).
    countyId: row.countyId,
    /** Whether its people may sign in with a password (the admin switches it on this page). */
    passwordSignIn: row.passwordSignIn,
    version: row.version,
  };
});
