import { listMunicipalitiesOfIndicator, updateWithVersion } from "@samspill/db";
import { assertRegionsFit, BindIndicatorSourceInputSchema } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableIndicator, INDICATOR_EDIT_ACTIONS } from "./indicator-access.js";
import { indicatorRowView } from "./indicator-view.js";

/**
 * Binds an indicator to an SSB table and content code or a Kolada KPI (or, with null, back to
 * values kept by hand), at the version read. Values already imported stay, marked with their source.
 */
export const bindSource = procedure
  .meta({ permission: { actions: INDICATOR_EDIT_ACTIONS } })
  .input(BindIndicatorSourceInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { indicator, place } = await editableIndicator(trx, ctx.authorize, input.id);
      const { binding } = input;
      if (binding?.regions) {
        const municipalities = await listMunicipalitiesOfIndicator(trx, indicator, isoDay(ctx.now()));
        assertRegionsFit(binding.regions, indicator, municipalities.map((municipality) => municipality.id));
      }
      const updated = await updateWithVersion(trx, "indicator", input.id, input.version,
        binding ? { source: binding.source, sourceRef: binding } : { source: "manual", sourceRef: null });
      const after = indicatorRowView(updated);
      await audit({
        action: binding ? "indicator.source_bound" : "indicator.source_unbound", subjectType: "indicator", subjectId: input.id,
        organisationId: place.organisationId, before: indicatorRowView(indicator), after,
      });
      return after;
    }),
  );
