import { z } from "zod";
import { loadProgrammeRows, type ProgrammeRows } from "@samspill/db";
import { diffProgrammes, DomainError, IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { authorizedProgramme, found } from "./programme-access.js";

/**
 * What changed between a programme version and the one it revises: focus areas, goals and
 * measures added, removed, changed (with the fields) and carried forward unchanged.
 */
export const diffProgramme = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const next = await authorizedProgramme(ctx.db, ctx.authorize, input.id);
    if (!next.predecessorId) {
      throw new DomainError("INVALID_STATE", { reason: "programme_has_no_predecessor", params: { programmeId: next.id } });
    }
    // The reader must be able to see the earlier version too; a public reader may not see a draft.
    await authorizedProgramme(ctx.db, ctx.authorize, next.predecessorId);
    const [before, after] = await Promise.all([loadProgrammeRows(ctx.db, next.predecessorId), loadProgrammeRows(ctx.db, next.id)]);
    const previous = found(before, "programme");
    const current = found(after, "programme");
    return {
      previous: { id: previous.programme.id, revision: previous.programme.revision, status: previous.programme.status },
      next: { id: current.programme.id, revision: current.programme.revision, status: current.programme.status },
      ...diffProgrammes(contentOf(previous), contentOf(current)),
    };
  });

/** The rows as the diff answers them: their bookkeeping timestamps say nothing about what changed. */
function contentOf(rows: ProgrammeRows) {
  const content = <T extends { createdAt: Date; updatedAt: Date }>({ createdAt: _created, updatedAt: _updated, ...rest }: T) => rest;
  return { programme: rows.programme, focusAreas: rows.focusAreas.map(content), goals: rows.goals.map(content), measures: rows.measures.map(content) };
}
