import { z } from "zod";
import { fundsOfAgreements, listCountyAgreements, measureStatusByOwner, reportingOfPeriods } from "@samspill/db";
import { DomainError, IdSchema, isAnonymous, localDate } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";

/**
 * The county official's view across the county: every agreement with its money, reporting per
 * council and period, funds committed against spent by funding source and year (each report's
 * spending once, though its measure may serve two agreements), and the status of measures
 * across councils — the figures of packages/domain/FIGURES.md. Fixed number of queries.
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
    const [agreements, funds, reporting, measuresByOwner] = await Promise.all([
      listCountyAgreements(ctx.db, countyId),
      fundsOfAgreements(ctx.db, { countyId }),
      reportingOfPeriods(ctx.db, { countyId }, localDate(ctx.now()), ctx.reporting),
      measureStatusByOwner(ctx.db, countyId),
    ]);
    const fundsOf = new Map(funds.agreements.map((row) => [row.agreementId, row.funds]));
    return {
      countyId,
      agreements: agreements.map(({ caseNumber: _caseNumber, ...agreement }) => ({
        ...agreement,
        funds: fundsOf.get(agreement.id)?.total ?? [],
      })),
      compliance: reporting.map(({ figures, ...period }) => ({ ...period, ...figures })),
      funds: funds.across,
      measuresByOwner,
    };
  });
