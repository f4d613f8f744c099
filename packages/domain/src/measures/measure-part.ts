import { z } from "zod";
import { MoneySchema } from "../shared/money";
import { DescriptionSchema, IdSchema, VersionSchema, optionalText } from "../shared/primitives";
import { MeasureStatusSchema, ProgressSchema, completedMeansFullProgress } from "./status";

// One municipality's part of a shared measure: what it does, who to contact, its share of the
// budget (used to weight the roll-up) and its own status.

const measurePartFields = {
  measureId: IdSchema,
  municipalityId: IdSchema,
  description: DescriptionSchema,
  contactName: optionalText(200),
  contactEmail: z.email().nullable(),
  status: MeasureStatusSchema,
  progress: ProgressSchema,
  budgetShare: MoneySchema.nullable(),
};

export const MeasurePartSchema = z
  .strictObject({ id: IdSchema, ...measurePartFields, version: VersionSchema })
  .superRefine(completedMeansFullProgress);
export type MeasurePart = z.infer<typeof MeasurePartSchema>;

export const CreateMeasurePartInputSchema = z
  .strictObject({
    ...measurePartFields,
    description: measurePartFields.description.default(""),
    contactName: measurePartFields.contactName.default(""),
    contactEmail: measurePartFields.contactEmail.default(null),
    status: measurePartFields.status.default("planned"),
    progress: measurePartFields.progress.default(0),
    budgetShare: measurePartFields.budgetShare.default(null),
  })
  .superRefine(completedMeansFullProgress);
export type CreateMeasurePartInput = z.infer<typeof CreateMeasurePartInputSchema>;

/** The municipality that owns a part never changes; that would be another municipality's part. */
export const UpdateMeasurePartInputSchema = z
  .strictObject({
    id: IdSchema,
    version: VersionSchema,
    description: measurePartFields.description.optional(),
    contactName: measurePartFields.contactName.optional(),
    contactEmail: measurePartFields.contactEmail.optional(),
    status: measurePartFields.status.optional(),
    progress: measurePartFields.progress.optional(),
    budgetShare: measurePartFields.budgetShare.optional(),
  })
  .superRefine(completedMeansFullProgress);
export type UpdateMeasurePartInput = z.infer<typeof UpdateMeasurePartInputSchema>;

/**
 * Parts for several member municipalities in several shared measures at once: every measure
 * named at the version read, every municipality a member. Existing parts are kept as they are.
 */
export const AddMeasurePartsInputSchema = z
  .strictObject({
    measures: z.array(z.strictObject({ id: IdSchema, version: VersionSchema })).min(1).max(300),
    municipalityIds: z.array(IdSchema).min(1).max(100),
  })
  .superRefine((value, ctx) => {
    const twice = (ids: readonly string[], field: string) =>
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index) ctx.addIssue({ code: "custom", path: [field, index], message: "given twice", params: { reason: "given_twice" } });
      });
    twice(value.measures.map((measure) => measure.id), "measures");
    twice(value.municipalityIds, "municipalityIds");
  });
export type AddMeasurePartsInput = z.infer<typeof AddMeasurePartsInputSchema>;
