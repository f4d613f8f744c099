import { z } from "zod";
import { countyDashboard } from "@samspill/db";
import { DomainError, IdSchema, isAnonymous } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";

/**
 * The county official's view across the county: every agreement, reporting compliance per
 * council and period, funds committed (funding commitments) against funds spent (approved
 * reports), and the status of measures across councils. Fixed number of queries.
 */
export const county = procedure
  .meta({ permission: { actions: ["read_agreement"] } })
  .input(z.strictObject({ countyId: IdSchema.optional() }).default({}))
  .query(async ({ ctx, input }) => {
    // Without a county named, a county official's own; the rules decide either way.
    const own = !isAnonymous(ctx.actor) && ctx.actor.role === "county_official" ? ctx.actor.organisationId : null;
    const countyId = input.countyId ?? own;
    if (countyId === null) throw new DomainError("NOT_FOUND", { params: { kind: "county" } });
    ctx.authorize({ kind: "agreement", countyId, councilId: null, municipalityId: null });
    const rows = await countyDashboard(ctx.db, countyId);
    return {
      countyId,
      agreements: rows.agreements,
      compliance: rows.compliance.map((row) => ({ ...row, missing: row.expected - row.reported })),
      committed: rows.committed.map((row) => ({
        year: row.year, source: row.source, amount: { amountMinor: row.amountMinor, currency: row.currency },
      })),
      spent: rows.spent.map((row) => ({ year: row.year, amount: { amountMinor: row.amountMinor, currency: row.currency } })),
      measuresByOwner: rows.measuresByOwner,
    };
  });
