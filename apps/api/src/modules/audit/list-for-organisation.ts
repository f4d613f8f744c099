import { z } from "zod";
import { findOrganisationById, pageAuditEvents } from "@samspill/db";
import { DomainError, IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { organisationLogResource } from "./audit-place.js";
import { auditEventView } from "./audit-view.js";

const ListForOrganisationInputSchema = z.strictObject({
  organisationId: IdSchema,
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
});

/** A council's, municipality's or county's audit log, newest first. */
export const listForOrganisation = procedure
  .meta({ permission: { actions: ["read_audit_log"] } })
  .input(ListForOrganisationInputSchema)
  .query(async ({ ctx, input }) => {
    const organisation = await findOrganisationById(ctx.db, input.organisationId);
    if (!organisation) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
    ctx.authorize(organisationLogResource(organisation));
    const page = await pageAuditEvents(ctx.db, input);
    return { total: page.total, items: page.items.map(auditEventView) };
  });
