import { z } from "zod";
import { findOrganisationById, listReportedValues, listSpendingOfReports } from "@samspill/db";
import { editRefusal, IdSchema, officialName, permitOf, reviewRefusal } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { authorizedReport } from "./report-access.js";
import { periodView, reportWithValuesView } from "./report-view.js";

/**
 * One report with its period, the measure's title, the organisation that reports (the reviewer
 * must know whose report it is), its spending by funding source and the indicator values it
 * carries, and whether the viewer may write, review or comment on it (with the reason when not:
 * another municipality's, awaiting review, approved and locked).
 */
export const getReport = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const { report, period, measure, part, resource } = await authorizedReport(ctx.db, ctx.authorize, input.id);
    const [values, spending, organisation] = await Promise.all([
      listReportedValues(ctx.db, report.id),
      listSpendingOfReports(ctx.db, [report.id]),
      findOrganisationById(ctx.db, report.organisationId),
    ]);
    return {
      ...reportWithValuesView(report, values, spending),
      /** `officialName` is how refusals and documents address it: "Hamar kommune". */
      organisation: { id: report.organisationId, name: organisation?.name ?? "", officialName: organisation ? officialName(organisation) : "" },
      period: periodView(period),
      measure: { id: measure.id, title: measure.title, scope: measure.scope },
      part: part ? { id: part.id, municipalityId: part.municipalityId } : null,
      viewer: {
        write: permitOf(ctx.actor, "submit_report", resource, editRefusal(report)),
        review: permitOf(ctx.actor, "review_report", resource, reviewRefusal(report)),
        comment: permitOf(ctx.actor, "comment", resource),
      },
    };
  });
