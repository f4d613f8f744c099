import { z } from "zod";
import { listStatusReportsByPeriod } from "@samspill/db";
import { FILE_SIZE_LIMITS, refuseLargerThan, sheetTexts, type SheetReportRow } from "@samspill/documents";
import { IdSchema, localDate } from "@samspill/domain";
import { fileResult } from "../../trpc/file-result.js";
import { procedure } from "../../trpc/init.js";
import { officialNames } from "../documents/official-names.js";
import { periodItems } from "../reports/period-items.js";
import { authorizedPeriod, contributorMunicipalities } from "../reports/report-access.js";
import { currencyOf, readerLanguage, sheetFields } from "./sheet-input.js";

/**
 * A period's reporting overview as a spreadsheet: the same rows as `reports.overview` (a
 * contributor's own municipality only), with what each report says — status, progress,
 * money spent and the narrative.
 */
export const exportReports = procedure
  .meta({ permission: { actions: ["read_programme"] }, file: true })
  .input(z.strictObject({ periodId: IdSchema, ...sheetFields }))
  .query(async ({ ctx, input }) => {
    const period = await authorizedPeriod(ctx.db, ctx.authorize, input.periodId);
    const [{ items }, reports] = await Promise.all([
      periodItems(ctx.db, period, localDate(ctx.now()), contributorMunicipalities(ctx.actor)),
      listStatusReportsByPeriod(ctx.db, period.id),
    ]);
    refuseLargerThan(items.length, FILE_SIZE_LIMITS.sheetRows, "rows");
    const byId = new Map(reports.map((report) => [report.id, report]));
    // Who reports, as they sign: "Hamar kommune" beside "Hamarregionen interkommunale politiske råd".
    const official = await officialNames(ctx.db, items.map((item) => item.organisationId));
    const rows = items.map((item): SheetReportRow => {
      const report = item.reportId ? byId.get(item.reportId) : undefined;
      return {
        organisation: official(item.organisationId) ?? item.organisationName,
        measureTitle: item.measureTitle,
        kind: item.partId ? "part" : "measure",
        state: item.state,
        overdue: item.overdue,
        late: item.late,
        submittedAt: report?.submittedAt ? localDate(new Date(report.submittedAt)) : null,
        measureStatus: report?.measureStatus ?? null,
        progress: report?.progress ?? null,
        spent: report ? { amountMinor: Number(report.spentMinor), currency: report.currency } : null,
        narrative: report?.narrative ?? null,
      };
    });
    const language = await readerLanguage(ctx, input.language);
    const data = { currency: await currencyOf(ctx.db, period.councilId), rows };
    const bytes = await ctx.files.render({ kind: "reports", data, format: input.format, language });
    return fileResult(bytes, sheetTexts(language)("spreadsheets:file.reports", { period: period.name }), input.format);
  });
