import { z } from "zod";
import { pageAuditEvents } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { AUDITED_SUBJECT_TYPES, subjectLogResource } from "./audit-place.js";
import { auditEventView } from "./audit-view.js";

const ListForSubjectInputSchema = z.strictObject({
  subjectType: z.enum(AUDITED_SUBJECT_TYPES),
  subjectId: IdSchema,
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
});

/** The history of one thing, newest first, for those who may read its owner's audit log. */
export const listForSubject = procedure
  .meta({ permission: { actions: ["read_audit_log"] } })
  .input(ListForSubjectInputSchema)
  .query(async ({ ctx, input }) => {
    ctx.authorize(await subjectLogResource(ctx.db, input.subjectType, input.subjectId));
    const page = await pageAuditEvents(ctx.db, input);
    return { total: page.total, items: page.items.map(auditEventView) };
  });
