import { z } from "zod";
import { orderedRange } from "../shared/dates";
import { MEASURE_SCOPES, SDG_GOALS } from "../shared/enums";
import {
  DescriptionSchema, IdSchema, IsoDateSchema, PositionSchema, TitleSchema, VersionSchema, optionalText,
} from "../shared/primitives";
import { MeasureStatusSchema, ProgressSchema, completedMeansFullProgress } from "./status";

// A measure (tiltak / åtgärd) is the unit of work. A shared measure is owned by the council and
// done in parts by its municipalities; a local measure is owned by one municipality.

export const MeasureScopeSchema = z.enum(MEASURE_SCOPES);
export const SdgGoalSchema = z.literal(SDG_GOALS);

const measureFields = {
  programmeId: IdSchema,
  focusAreaId: IdSchema.nullable(),
  scope: MeasureScopeSchema,
  /** The council for a shared measure, the municipality for a local one. */
  ownerId: IdSchema,
  responsibleOrganisationId: IdSchema.nullable(),
  responsiblePerson: optionalText(200),
  title: TitleSchema,
  description: DescriptionSchema,
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  status: MeasureStatusSchema,
  progress: ProgressSchema,
  sdgGoals: z.array(SdgGoalSchema).max(SDG_GOALS.length),
  position: PositionSchema,
  goalIds: z.array(IdSchema),
  obligationIds: z.array(IdSchema),
};

export const MeasureSchema = z
  .strictObject({
    id: IdSchema,
    ...measureFields,
    /** The measure this one continues from the previous programme version. */
    predecessorId: IdSchema.nullable(),
    version: VersionSchema,
  })
  .superRefine(orderedRange("startDate", "endDate"))
  .superRefine(completedMeansFullProgress);
export type Measure = z.infer<typeof MeasureSchema>;

export const CreateMeasureInputSchema = z
  .strictObject({
    ...measureFields,
    focusAreaId: measureFields.focusAreaId.default(null),
    responsibleOrganisationId: measureFields.responsibleOrganisationId.default(null),
    responsiblePerson: measureFields.responsiblePerson.default(""),
    description: measureFields.description.default(""),
    startDate: measureFields.startDate.default(null),
    endDate: measureFields.endDate.default(null),
    status: measureFields.status.default("planned"),
    progress: measureFields.progress.default(0),
    sdgGoals: measureFields.sdgGoals.default([]),
    /** Left out: after the programme's last measure, so numbers already given stay as they are. */
    position: measureFields.position.optional(),
    goalIds: measureFields.goalIds.default([]),
    obligationIds: measureFields.obligationIds.default([]),
  })
  .superRefine(orderedRange("startDate", "endDate"))
  .superRefine(completedMeansFullProgress);
export type CreateMeasureInput = z.infer<typeof CreateMeasureInputSchema>;

/**
 * Programme, scope and owner are fixed once created (moving a measure is a revision). Status
 * changes are checked against the stored status with `assertStatusTransition`.
 */
export const UpdateMeasureInputSchema = z
  .strictObject({
    id: IdSchema,
    version: VersionSchema,
    focusAreaId: measureFields.focusAreaId.optional(),
    responsibleOrganisationId: measureFields.responsibleOrganisationId.optional(),
    responsiblePerson: measureFields.responsiblePerson.optional(),
    title: measureFields.title.optional(),
    description: measureFields.description.optional(),
    startDate: measureFields.startDate.optional(),
    endDate: measureFields.endDate.optional(),
    status: measureFields.status.optional(),
    progress: measureFields.progress.optional(),
    sdgGoals: measureFields.sdgGoals.optional(),
    position: measureFields.position.optional(),
    goalIds: measureFields.goalIds.optional(),
    obligationIds: measureFields.obligationIds.optional(),
  })
  .superRefine(orderedRange("startDate", "endDate"))
  .superRefine(completedMeansFullProgress);
export type UpdateMeasureInput = z.infer<typeof UpdateMeasureInputSchema>;
