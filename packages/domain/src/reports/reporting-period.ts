import { z } from "zod";
import { orderedRange } from "../shared/dates";
import { IdSchema, IsoDateSchema, VersionSchema, requiredText } from "../shared/primitives";

// A reporting period ("2023", "T1 2024") closes at its deadline. The deadline may fall after
// the period ends (reports describe a finished period) but not before it starts.

const reportingPeriodFields = {
  councilId: IdSchema,
  name: requiredText(100),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  deadline: IsoDateSchema,
};

export const ReportingPeriodSchema = z
  .strictObject({ id: IdSchema, ...reportingPeriodFields, version: VersionSchema })
  .superRefine(orderedRange("periodStart", "periodEnd"))
  .superRefine(orderedRange("periodStart", "deadline"));
export type ReportingPeriod = z.infer<typeof ReportingPeriodSchema>;

export const CreateReportingPeriodInputSchema = z
  .strictObject(reportingPeriodFields)
  .superRefine(orderedRange("periodStart", "periodEnd"))
  .superRefine(orderedRange("periodStart", "deadline"));
export type CreateReportingPeriodInput = z.infer<typeof CreateReportingPeriodInputSchema>;

export const UpdateReportingPeriodInputSchema = z
  .strictObject({
    id: IdSchema,
    version: VersionSchema,
    name: reportingPeriodFields.name.optional(),
    periodStart: reportingPeriodFields.periodStart.optional(),
    periodEnd: reportingPeriodFields.periodEnd.optional(),
    deadline: reportingPeriodFields.deadline.optional(),
  })
  .superRefine(orderedRange("periodStart", "periodEnd"))
  .superRefine(orderedRange("periodStart", "deadline"));
export type UpdateReportingPeriodInput = z.infer<typeof UpdateReportingPeriodInputSchema>;
