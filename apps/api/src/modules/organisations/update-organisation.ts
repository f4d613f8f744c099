import { findOrganisationById, updateWithVersion } from "@samspill/db";
import { DomainError, isOrderedRange, LANGUAGE_FORMS_BY_COUNTRY, UpdateOrganisationInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertOrganisationFits } from "./organisation-rules.js";
import { organisationView } from "./organisation-view.js";

/** An admin corrects an organisation at the version read; kind and country never change. */
export const updateOrganisation = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(UpdateOrganisationInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const before = await findOrganisationById(trx, id);
      if (!before) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
      ctx.authorize({ kind: "organisation" });
      const merged = { ...before, ...patch };
      // The input checks only the fields it names; the merged row must hold together too.
      if (!isOrderedRange(merged.validFrom, merged.validTo)) {
        throw new DomainError("INVALID_INPUT", { reason: "range_not_ordered", params: { startKey: "validFrom", endKey: "validTo" } });
      }
      if (!LANGUAGE_FORMS_BY_COUNTRY[merged.country].includes(merged.languageForm)) {
        throw new DomainError("INVALID_INPUT", { reason: "language_form_not_of_country", params: { field: "languageForm" } });
      }
      await assertOrganisationFits(trx, merged);
      const row = await updateWithVersion(trx, "organisation", id, version, patch);
      const after = organisationView(row);
      await audit({
        action: "organisation.updated", subjectType: "organisation", subjectId: id, organisationId: id,
        before: organisationView(before), after,
      });
      return after;
    }),
  );
