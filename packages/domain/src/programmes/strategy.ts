import { z } from "zod";
import { orderedRange } from "../shared/dates";
import { DescriptionSchema, IdSchema, IsoDateSchema, TitleSchema, VersionSchema, optionalText } from "../shared/primitives";

// A strategy holds the long view (vision and overarching goal, e.g. 2020–2030); action
// programmes are its shorter periods.

const strategyFields = {
  ownerId: IdSchema,
  title: TitleSchema,
  vision: optionalText(2000),
  overarchingGoal: optionalText(2000),
  description: DescriptionSchema,
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
  published: z.boolean(),
};

export const StrategySchema = z
  .strictObject({ id: IdSchema, ...strategyFields, version: VersionSchema })
  .superRefine(orderedRange("periodStart", "periodEnd"));
export type Strategy = z.infer<typeof StrategySchema>;

export const CreateStrategyInputSchema = z
  .strictObject({
    ...strategyFields,
    vision: strategyFields.vision.default(""),
    overarchingGoal: strategyFields.overarchingGoal.default(""),
    description: strategyFields.description.default(""),
    periodStart: strategyFields.periodStart.default(null),
    periodEnd: strategyFields.periodEnd.default(null),
    published: strategyFields.published.default(false),
  })
  .superRefine(orderedRange("periodStart", "periodEnd"));
export type CreateStrategyInput = z.infer<typeof CreateStrategyInputSchema>;

export const UpdateStrategyInputSchema = z
  .strictObject({
    id: IdSchema,
    version: VersionSchema,
    title: strategyFields.title.optional(),
    vision: strategyFields.vision.optional(),
    overarchingGoal: strategyFields.overarchingGoal.optional(),
    description: strategyFields.description.optional(),
    periodStart: strategyFields.periodStart.optional(),
    periodEnd: strategyFields.periodEnd.optional(),
    published: strategyFields.published.optional(),
  })
  .superRefine(orderedRange("periodStart", "periodEnd"));
export type UpdateStrategyInput = z.infer<typeof UpdateStrategyInputSchema>;
