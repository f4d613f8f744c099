import { randomUUID } from "node:crypto";
import { z } from "zod";
import { findSuccessorOfProgramme, insertRevision, loadProgrammeRows } from "@samspill/db";
import { DomainError, IdSchema, planRevision, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedProgramme, found } from "./programme-access.js";
import { programmeRowView } from "./programme-row-view.js";

/**
 * The rolling revision: copies an adopted programme into a new draft version. The domain plans
 * the copy (focus areas and goals all, measures with work left); the repository copies what
 * hangs on them. All in one transaction, so a revision is there whole or not at all.
 */
export const startRevision = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const current = await authorizedProgramme(trx, ctx.authorize, input.id);
      // Names the version the client saw: a revision of something that just changed is refused.
      if (current.version !== input.version) {
        throw new DomainError("CONFLICT", { reason: "version_mismatch", params: { currentVersion: current.version } });
      }
      const successor = await findSuccessorOfProgramme(trx, current.id);
      if (successor) throw new DomainError("CONFLICT", { reason: "revision_exists", params: { revisionId: successor.id } });
      const rows = found(await loadProgrammeRows(trx, current.id), "programme");
      const plan = planRevision(rows, randomUUID);
      const revision = await insertRevision(trx, plan);
      const after = {
        ...programmeRowView(revision),
        carried: { focusAreas: plan.focusAreas.length, goals: plan.goals.length, measures: plan.measures.length },
      };
      await audit({
        action: "programme.revision_started", subjectType: "programme", subjectId: revision.id, organisationId: revision.ownerId,
        before: { predecessorId: current.id }, after,
      });
      return after;
    }),
  );
