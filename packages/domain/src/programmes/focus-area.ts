import { z } from "zod";
import { DescriptionSchema, IdSchema, PositionSchema, TitleSchema, VersionSchema, optionalText, requiredText } from "../shared/primitives";

// Focus areas form a tree (focus area → sub-themes, seed 004); goals hang under a focus area.
// Both keep `predecessorId` so two programme versions can be compared.

const focusAreaFields = {
  programmeId: IdSchema,
  parentId: IdSchema.nullable(),
  title: TitleSchema,
  /** Seed 004's short heading over each area: Attraktivitet, Utvikling … */
  heading: optionalText(200).nullable(),
  description: DescriptionSchema,
  position: PositionSchema,
};

export const FocusAreaSchema = z.strictObject({
  id: IdSchema,
  ...focusAreaFields,
  predecessorId: IdSchema.nullable(),
  version: VersionSchema,
});
export type FocusArea = z.infer<typeof FocusAreaSchema>;

export const CreateFocusAreaInputSchema = z.strictObject({
  ...focusAreaFields,
  parentId: focusAreaFields.parentId.default(null),
  heading: focusAreaFields.heading.default(null),
  description: focusAreaFields.description.default(""),
  position: focusAreaFields.position.default(0),
});
export type CreateFocusAreaInput = z.infer<typeof CreateFocusAreaInputSchema>;

export const UpdateFocusAreaInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  parentId: focusAreaFields.parentId.optional(),
  title: focusAreaFields.title.optional(),
  heading: focusAreaFields.heading.optional(),
  description: focusAreaFields.description.optional(),
  position: focusAreaFields.position.optional(),
});
export type UpdateFocusAreaInput = z.infer<typeof UpdateFocusAreaInputSchema>;

const goalFields = {
  programmeId: IdSchema,
  focusAreaId: IdSchema.nullable(),
  title: requiredText(500),
  description: DescriptionSchema,
  position: PositionSchema,
};

export const GoalSchema = z.strictObject({
  id: IdSchema,
  ...goalFields,
  predecessorId: IdSchema.nullable(),
  version: VersionSchema,
});
export type Goal = z.infer<typeof GoalSchema>;

export const CreateGoalInputSchema = z.strictObject({
  ...goalFields,
  focusAreaId: goalFields.focusAreaId.default(null),
  description: goalFields.description.default(""),
  /** Left out: after the programme's last goal, so goals keep the order they were entered in. */
  position: goalFields.position.optional(),
});
export type CreateGoalInput = z.infer<typeof CreateGoalInputSchema>;

export const UpdateGoalInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  focusAreaId: goalFields.focusAreaId.optional(),
  title: goalFields.title.optional(),
  description: goalFields.description.optional(),
  position: goalFields.position.optional(),
});
export type UpdateGoalInput = z.infer<typeof UpdateGoalInputSchema>;

/** A parent chain that comes back to the start would make the tree endless. */
export function wouldCreateCycle(
  areas: readonly Pick<FocusArea, "id" | "parentId">[],
  areaId: string,
  newParentId: string | null,
): boolean {
  const parentOf = new Map(areas.map((area) => [area.id, area.parentId]));
  const seen = new Set<string>();
  for (let current = newParentId; current !== null && current !== undefined; current = parentOf.get(current) ?? null) {
    if (current === areaId || seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}
