import { z } from "zod";
import { DescriptionSchema, IdSchema, IsoDateSchema, PositionSchema, TitleSchema, VersionSchema, optionalText, requiredText } from "../shared/primitives";

// Council meetings with numbered agenda items ("sak 12/23") and the decisions taken on them;
// a decision may adopt a programme version (see programmes/lifecycle.ts) and concern programmes,
// measures and agreements, which then list it.

/** Sequence/year as councils write it: 12/23 or 12/2023. */
export const CaseNumberSchema = z.string().trim().regex(/^\d{1,4}\/(\d{2}|\d{4})$/);

const meetingFields = {
  councilId: IdSchema,
  /** The body that meets, e.g. "Regionrådet", "Arbeidsutvalget". */
  body: requiredText(200),
  title: TitleSchema,
  heldOn: IsoDateSchema,
  location: optionalText(300),
  published: z.boolean(),
};

export const MeetingSchema = z.strictObject({ id: IdSchema, ...meetingFields, version: VersionSchema });
export type Meeting = z.infer<typeof MeetingSchema>;

export const CreateMeetingInputSchema = z.strictObject({
  ...meetingFields,
  location: meetingFields.location.default(""),
  published: meetingFields.published.default(false),
});
export type CreateMeetingInput = z.infer<typeof CreateMeetingInputSchema>;

export const UpdateMeetingInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  body: meetingFields.body.optional(),
  title: meetingFields.title.optional(),
  heldOn: meetingFields.heldOn.optional(),
  location: meetingFields.location.optional(),
  published: meetingFields.published.optional(),
});
export type UpdateMeetingInput = z.infer<typeof UpdateMeetingInputSchema>;

export const AgendaItemSchema = z.strictObject({
  id: IdSchema,
  meetingId: IdSchema,
  caseNumber: CaseNumberSchema,
  title: TitleSchema,
  description: DescriptionSchema,
  position: PositionSchema,
  version: VersionSchema,
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const CreateAgendaItemInputSchema = AgendaItemSchema.omit({ id: true, version: true }).extend({
  description: DescriptionSchema.default(""),
  position: PositionSchema.default(0),
});
export type CreateAgendaItemInput = z.infer<typeof CreateAgendaItemInputSchema>;

export const DecisionSchema = z.strictObject({
  id: IdSchema,
  agendaItemId: IdSchema,
  text: requiredText(20_000),
  decidedOn: IsoDateSchema,
  adoptsProgrammeId: IdSchema.nullable(),
  published: z.boolean(),
  version: VersionSchema,
});
export type Decision = z.infer<typeof DecisionSchema>;

/** What a decision may concern besides the programme it adopts. */
export const DECISION_LINK_KINDS = ["programme", "measure", "agreement"] as const;
export type DecisionLinkKind = (typeof DECISION_LINK_KINDS)[number];

export const DecisionLinkSchema = z.strictObject({ kind: z.enum(DECISION_LINK_KINDS), id: IdSchema });
export type DecisionLink = z.infer<typeof DecisionLinkSchema>;

/** A decision concerns a handful of things; the bound keeps a hostile request small. */
const DecisionLinksSchema = z.array(DecisionLinkSchema).max(30);

export const CreateDecisionInputSchema = DecisionSchema.omit({ id: true, version: true }).extend({
  adoptsProgrammeId: IdSchema.nullable().default(null),
  published: z.boolean().default(false),
  links: DecisionLinksSchema.default([]),
});
export type CreateDecisionInput = z.infer<typeof CreateDecisionInputSchema>;

/** Replaces what a recorded decision concerns, at the decision's version. */
export const SetDecisionLinksInputSchema = z.strictObject({ id: IdSchema, version: VersionSchema, links: DecisionLinksSchema });
export type SetDecisionLinksInput = z.infer<typeof SetDecisionLinksInputSchema>;
