import { z } from "zod";
import { orderedRange } from "../shared/dates";
import { MEMBER_ROLES_IN_FOLLOW_UP, PROGRAMME_STATUSES } from "../shared/enums";
import {
  DescriptionSchema, IdSchema, IsoDateSchema, IsoDateTimeSchema, PositionSchema, TitleSchema, VersionSchema, optionalText,
} from "../shared/primitives";

// An action programme (handlingsprogram / handlingsplan) is one period of a strategy. Each
// revision is a new row: `revision` counts versions of the programme, `version` is the row
// version used for optimistic concurrency like everywhere else.

export const ProgrammeStatusSchema = z.enum(PROGRAMME_STATUSES);

const programmeFields = {
  ownerId: IdSchema,
  strategyId: IdSchema.nullable(),
  title: TitleSchema,
  introduction: DescriptionSchema,
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
};

export const ProgrammeSchema = z
  .strictObject({
    id: IdSchema,
    ...programmeFields,
    status: ProgrammeStatusSchema,
    revision: z.number().int().min(1),
    predecessorId: IdSchema.nullable(),
    adoptedDecisionId: IdSchema.nullable(),
    published: z.boolean(),
    publishedAt: IsoDateTimeSchema.nullable(),
    version: VersionSchema,
  })
  .superRefine(orderedRange("periodStart", "periodEnd"))
  .superRefine((programme, ctx) => {
    if (programme.status !== "draft" && programme.adoptedDecisionId === null) {
      ctx.addIssue({ code: "custom", path: ["adoptedDecisionId"], message: "an adopted programme needs its decision" });
    }
  });
export type Programme = z.infer<typeof ProgrammeSchema>;

/** New programmes start as drafts; revisions are made with `planRevision`, not through this input. */
export const CreateProgrammeInputSchema = z
  .strictObject({
    ...programmeFields,
    strategyId: programmeFields.strategyId.default(null),
    introduction: programmeFields.introduction.default(""),
  })
  .superRefine(orderedRange("periodStart", "periodEnd"));
export type CreateProgrammeInput = z.infer<typeof CreateProgrammeInputSchema>;

export const UpdateProgrammeInputSchema = z
  .strictObject({
    id: IdSchema,
    version: VersionSchema,
    strategyId: programmeFields.strategyId.optional(),
    title: programmeFields.title.optional(),
    introduction: programmeFields.introduction.optional(),
    periodStart: programmeFields.periodStart.optional(),
    periodEnd: programmeFields.periodEnd.optional(),
  })
  .superRefine(orderedRange("periodStart", "periodEnd"));
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeInputSchema>;

/** Who does what in the follow-up (seed 002): owner, coordinator, contributor, funder, advisor. */
export const ProgrammeRoleSchema = z.strictObject({
  id: IdSchema,
  programmeId: IdSchema,
  organisationId: IdSchema,
  role: z.enum(MEMBER_ROLES_IN_FOLLOW_UP),
  responsibility: optionalText(2000),
  position: PositionSchema,
  version: VersionSchema,
});
export type ProgrammeRole = z.infer<typeof ProgrammeRoleSchema>;

export const CreateProgrammeRoleInputSchema = ProgrammeRoleSchema.omit({ id: true, version: true }).extend({
  responsibility: ProgrammeRoleSchema.shape.responsibility.default(""),
  position: PositionSchema.default(0),
});
export type CreateProgrammeRoleInput = z.infer<typeof CreateProgrammeRoleInputSchema>;
