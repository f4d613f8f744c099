import { z } from "zod";
import { REPORT_STATUSES } from "../shared/enums";
import { IdSchema, IsoDateTimeSchema, VersionSchema, optionalText } from "../shared/primitives";
import { MeasureStatusSchema, ProgressSchema, completedMeansFullProgress } from "../measures/status";
import { ReportSpendingSchema } from "./report-spending";

// A status report (statusrapport / lägesrapport) covers one measure, or one municipality's part
// of a shared measure, for one reporting period. Workflow fields change only through
// reports/workflow.ts; the content fields below are what the author edits.

export const ReportStatusSchema = z.enum(REPORT_STATUSES);

export const ReportedIndicatorValueSchema = z.strictObject({
  indicatorId: IdSchema,
  value: z.number().finite(),
});

const contentFields = {
  measureStatus: MeasureStatusSchema,
  progress: ProgressSchema,
  narrative: optionalText(20_000),
  spending: ReportSpendingSchema,
};

/** Stored as IndicatorValue rows linked to the report, so only inputs carry them inline. */
const ReportedIndicatorValuesSchema = z.array(ReportedIndicatorValueSchema);

export const StatusReportSchema = z
  .strictObject({
    id: IdSchema,
    periodId: IdSchema,
    measureId: IdSchema,
    partId: IdSchema.nullable(),
    /** The organisation that reports: the municipality of a part, or the measure's owner. */
    organisationId: IdSchema,
    authorId: IdSchema.nullable(),
    workflowStatus: ReportStatusSchema,
    ...contentFields,
    submittedAt: IsoDateTimeSchema.nullable(),
    late: z.boolean(),
    reviewedAt: IsoDateTimeSchema.nullable(),
    reviewedBy: IdSchema.nullable(),
    returnComment: z.string().nullable(),
    version: VersionSchema,
  })
  .superRefine((report, ctx) => {
    if (report.workflowStatus === "returned" && !report.returnComment?.trim()) {
      ctx.addIssue({ code: "custom", path: ["returnComment"], message: "a returned report needs a comment" });
    }
  })
  .superRefine((report, ctx) => completedMeansFullProgress({ status: report.measureStatus, progress: report.progress }, ctx));
export type StatusReport = z.infer<typeof StatusReportSchema>;

export const CreateStatusReportInputSchema = z
  .strictObject({
    periodId: IdSchema,
    measureId: IdSchema,
    partId: IdSchema.nullable().default(null),
    ...contentFields,
    narrative: contentFields.narrative.default(""),
    indicatorValues: ReportedIndicatorValuesSchema.default([]),
  })
  .superRefine((input, ctx) => completedMeansFullProgress({ status: input.measureStatus, progress: input.progress }, ctx));
export type CreateStatusReportInput = z.infer<typeof CreateStatusReportInputSchema>;

/** Only content; the API calls `assertEditable` on the stored report first. */
export const UpdateStatusReportInputSchema = z
  .strictObject({
    id: IdSchema,
    version: VersionSchema,
    measureStatus: contentFields.measureStatus.optional(),
    progress: contentFields.progress.optional(),
    narrative: contentFields.narrative.optional(),
    spending: contentFields.spending.optional(),
    indicatorValues: ReportedIndicatorValuesSchema.optional(),
  })
  .superRefine((input, ctx) => completedMeansFullProgress({ status: input.measureStatus, progress: input.progress }, ctx));
export type UpdateStatusReportInput = z.infer<typeof UpdateStatusReportInputSchema>;

/** Workflow actions name the version they act on, like any other update. */
export const SubmitReportInputSchema = z.strictObject({ id: IdSchema, version: VersionSchema });
export const ApproveReportInputSchema = z.strictObject({ id: IdSchema, version: VersionSchema });
export const ReturnReportInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  comment: z.string().trim().min(1).max(10_000),
});
export type ReturnReportInput = z.infer<typeof ReturnReportInputSchema>;
