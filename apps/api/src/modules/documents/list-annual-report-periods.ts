import { z } from "zod";
import { listCouncilsOfMunicipality, listReportingPeriods, type ReportingPeriodRow } from "@samspill/db";
import { IdSchema, localDate } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { authorizedAgreement } from "../agreements/agreement-access.js";
import { reportScope } from "./report-scope.js";

/**
 * The reporting periods an agreement's annual report can be made for, newest first: the
 * periods of its council, or of the councils its municipality belongs to. The picker beside
 * the download button offers exactly these.
 */
export const listAnnualReportPeriods = procedure
  .meta({ permission: { actions: ["read_agreement"] } })
  .input(z.strictObject({ agreementId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const { parties } = await authorizedAgreement(ctx.db, ctx.authorize, input.agreementId);
    const today = localDate(ctx.now());
    const counterparts = parties.filter((party) => party.kind === "regional_council" || party.kind === "municipality");
    const memberOf = await Promise.all(
      counterparts
        .filter((party) => party.kind === "municipality")
        .map((party) => listCouncilsOfMunicipality(ctx.db, party.organisationId, today)),
    );
    const councils = new Map<string, string>([
      ...counterparts.map((party) => [party.organisationId, party.name] as const),
      ...memberOf.flat().map((council) => [council.id, council.name] as const),
    ]);
    const candidates = (await Promise.all([...councils.keys()].map((id) => listReportingPeriods(ctx.db, id)))).flat();
    const eligible: ReportingPeriodRow[] = [];
    for (const period of candidates) if (await reportScope(ctx.db, parties, period)) eligible.push(period);
    eligible.sort((a, b) => b.periodStart.localeCompare(a.periodStart) || a.name.localeCompare(b.name));
    return {
      items: eligible.map((period) => ({
        id: period.id,
        name: period.name,
        councilName: councils.get(period.councilId) ?? "",
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
        deadline: period.deadline,
      })),
    };
  });
