import { z } from "zod";
import { DomainError, IdSchema } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableIndicator, INDICATOR_EDIT_ACTIONS } from "./indicator-access.js";
import { fetchValues, planImport, writeValues } from "./source-import.js";

/**
 * "Import now": asks the indicator's source for the latest periods of its municipalities and
 * writes them all in one transaction, or — when the source fails — nothing at all.
 */
export const importValues = procedure
  .meta({ permission: { actions: INDICATOR_EDIT_ACTIONS } })
  .input(z.strictObject({ id: IdSchema }))
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    // Checked and planned before asking the source, which may take seconds: no transaction
    // waits on it, and nobody without the right makes the portal call SSB or Kolada.
    const { indicator } = await editableIndicator(ctx.db, ctx.authorize, input.id);
    const plan = await planImport(ctx.db, indicator, isoDay(now));
    const values = await fetchValues(ctx.statistics, plan, now).catch((error: unknown) => {
      ctx.req.log.warn({ err: error instanceof DomainError ? error.cause : error, indicatorId: indicator.id }, "statistics import failed");
      throw error;
    });
    return inMutation(ctx, async (trx, audit) => {
      const { indicator: current, place } = await editableIndicator(trx, ctx.authorize, input.id);
      // Re-bound while the source answered: these figures may belong to the old binding.
      if (current.version !== indicator.version) {
        throw new DomainError("CONFLICT", {
          reason: "version_mismatch",
          params: { table: "indicator", id: current.id, expectedVersion: indicator.version, currentVersion: current.version },
        });
      }
      const imported = await writeValues(trx, current.id, plan.binding.source, values, now);
      const after = { source: plan.binding.source, imported, importedAt: now.toISOString() };
      await audit({ action: "indicator.values_imported", subjectType: "indicator", subjectId: current.id, organisationId: place.organisationId, after });
      return { indicatorId: current.id, ...after };
    });
  });
