import { z } from "zod";
import { FUNDING_SOURCES } from "../shared/enums";
import { MoneySchema } from "../shared/money";
import {
  DescriptionSchema, IdSchema, IsoDateSchema, PositionSchema, TitleSchema, VersionSchema, YearSchema, optionalText,
} from "../shared/primitives";

// What an agreement commits each party to: obligations (linked to the measures that fulfil
// them), money per year and source, reports due, and the dialogue meetings held.

export const ObligationSchema = z.strictObject({
  id: IdSchema,
  agreementId: IdSchema,
  /** The party that commits. */
  partyId: IdSchema,
  title: TitleSchema,
  description: DescriptionSchema,
  position: PositionSchema,
  version: VersionSchema,
});
export type Obligation = z.infer<typeof ObligationSchema>;

export const CreateObligationInputSchema = ObligationSchema.omit({ id: true, version: true }).extend({
  description: DescriptionSchema.default(""),
  position: PositionSchema.default(0),
});
export type CreateObligationInput = z.infer<typeof CreateObligationInputSchema>;

export const UpdateObligationInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  partyId: IdSchema.optional(),
  title: TitleSchema.optional(),
  description: DescriptionSchema.optional(),
  position: PositionSchema.optional(),
});
export type UpdateObligationInput = z.infer<typeof UpdateObligationInputSchema>;

export const FundingCommitmentSchema = z.strictObject({
  id: IdSchema,
  agreementId: IdSchema,
  year: YearSchema,
  source: z.enum(FUNDING_SOURCES),
  /** The source as the agreement names it, e.g. "Bevilgning fra Innlandet fylkeskommune"; screens
   * and documents name the source by its one name first (`fundingSourceName`). */
  sourceName: optionalText(200),
  amount: MoneySchema,
  version: VersionSchema,
});
export type FundingCommitment = z.infer<typeof FundingCommitmentSchema>;

export const CreateFundingCommitmentInputSchema = FundingCommitmentSchema.omit({ id: true, version: true }).extend({
  sourceName: optionalText(200).default(""),
});
export type CreateFundingCommitmentInput = z.infer<typeof CreateFundingCommitmentInputSchema>;

export const UpdateFundingCommitmentInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  year: YearSchema.optional(),
  source: z.enum(FUNDING_SOURCES).optional(),
  sourceName: optionalText(200).optional(),
  amount: MoneySchema.optional(),
});
export type UpdateFundingCommitmentInput = z.infer<typeof UpdateFundingCommitmentInputSchema>;

export const ReportingRequirementSchema = z.strictObject({
  id: IdSchema,
  agreementId: IdSchema,
  title: TitleSchema,
  description: DescriptionSchema,
  dueDate: IsoDateSchema,
  fulfilledOn: IsoDateSchema.nullable(),
  version: VersionSchema,
});
export type ReportingRequirement = z.infer<typeof ReportingRequirementSchema>;

export const CreateReportingRequirementInputSchema = ReportingRequirementSchema.omit({ id: true, version: true }).extend({
  description: DescriptionSchema.default(""),
  fulfilledOn: IsoDateSchema.nullable().default(null),
});
export type CreateReportingRequirementInput = z.infer<typeof CreateReportingRequirementInputSchema>;

export const DialogueMeetingSchema = z.strictObject({
  id: IdSchema,
  agreementId: IdSchema,
  heldOn: IsoDateSchema,
  title: TitleSchema,
  summary: DescriptionSchema,
  version: VersionSchema,
});
export type DialogueMeeting = z.infer<typeof DialogueMeetingSchema>;

export const CreateDialogueMeetingInputSchema = DialogueMeetingSchema.omit({ id: true, version: true }).extend({
  summary: DescriptionSchema.default(""),
});
export type CreateDialogueMeetingInput = z.infer<typeof CreateDialogueMeetingInputSchema>;

export const UpdateReportingRequirementInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  title: TitleSchema.optional(),
  description: DescriptionSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  /** A date marks the requirement fulfilled; null reopens it. */
  fulfilledOn: IsoDateSchema.nullable().optional(),
});
export type UpdateReportingRequirementInput = z.infer<typeof UpdateReportingRequirementInputSchema>;

export const UpdateDialogueMeetingInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  heldOn: IsoDateSchema.optional(),
  title: TitleSchema.optional(),
  summary: DescriptionSchema.optional(),
});
export type UpdateDialogueMeetingInput = z.infer<typeof UpdateDialogueMeetingInputSchema>;
