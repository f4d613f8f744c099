import { randomUUID } from "node:crypto";
import { insertCopyForward, loadProgrammeRows } from "@samspill/db";
import { CopyForwardInputSchema, DomainError, periodYears, planCopyForward } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedProgramme, found, ownerResource } from "./programme-access.js";
import { programmeRowView } from "./programme-row-view.js";

/**
 * Starts the next period's programme from an existing one: a new draft of the same council and
 * strategy, with the structure, the measures with work left and the follow-up roles (the domain
 * plans the copy, as for a revision). Allowed to whoever may create a programme for the owner.
 */
export const copyForward = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(CopyForwardInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const source = await authorizedProgramme(trx, ctx.authorize, input.programmeId);
      // Creating a programme for the owner is the permission that counts, as for programmes.create.
      ctx.authorize(await ownerResource(trx, source.ownerId, false));
      if (source.version !== input.version) {
        throw new DomainError("CONFLICT", { reason: "version_mismatch", params: { currentVersion: source.version } });
      }
      const rows = found(await loadProgrammeRows(trx, source.id), "programme");
      const next = { title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd };
      const plan = planCopyForward(rows, next, randomUUID);
      const programme = await insertCopyForward(trx, plan, source.id, periodYears(next));
      const after = {
        ...programmeRowView(programme),
        copied: {
          focusAreas: plan.focusAreas.filter((area) => area.parentId === null).length,
          subThemes: plan.focusAreas.filter((area) => area.parentId !== null).length,
          goals: plan.goals.length,
          measures: plan.measures.length,
        },
      };
      await audit({
        action: "programme.copied_forward", subjectType: "programme", subjectId: programme.id, organisationId: programme.ownerId,
        before: { sourceId: source.id }, after,
      });
      return after;
    }),
  );
