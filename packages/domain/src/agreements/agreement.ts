import { z } from "zod";
import { orderedRange } from "../shared/dates";
import { AGREEMENT_STATUSES } from "../shared/enums";
import { DescriptionSchema, IdSchema, IsoDateSchema, TitleSchema, VersionSchema, optionalText } from "../shared/primitives";

// A partnership agreement is held by the county with a council or a municipality for a period.
// Its parties (with who signed and when) are rows of their own, so a party can be added
// without touching the agreement.

export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES);

const agreementFields = {
  countyId: IdSchema,
  title: TitleSchema,
  description: DescriptionSchema,
  status: AgreementStatusSchema,
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  caseNumber: optionalText(50).nullable(),
};

export const PartnershipAgreementSchema = z
  .strictObject({ id: IdSchema, ...agreementFields, version: VersionSchema })
  .superRefine(orderedRange("periodStart", "periodEnd"));
export type PartnershipAgreement = z.infer<typeof PartnershipAgreementSchema>;

export const AgreementPartySchema = z.strictObject({
  id: IdSchema,
  agreementId: IdSchema,
  organisationId: IdSchema,
  signatoryName: optionalText(200).nullable(),
  signatoryTitle: optionalText(200).nullable(),
  signedOn: IsoDateSchema.nullable(),
  version: VersionSchema,
});
export type AgreementParty = z.infer<typeof AgreementPartySchema>;

export const AgreementPartyInputSchema = z.strictObject({
  organisationId: IdSchema,
  signatoryName: optionalText(200).nullable().default(null),
  signatoryTitle: optionalText(200).nullable().default(null),
  signedOn: IsoDateSchema.nullable().default(null),
});
export type AgreementPartyInput = z.infer<typeof AgreementPartyInputSchema>;

/** The county is implied by `countyId`; `parties` are its counterparts (a council or a municipality). */
export const CreatePartnershipAgreementInputSchema = z
  .strictObject({
    ...agreementFields,
    description: agreementFields.description.default(""),
    status: agreementFields.status.default("draft"),
    caseNumber: agreementFields.caseNumber.default(null),
    parties: z.array(AgreementPartyInputSchema).min(1),
  })
  .superRefine(orderedRange("periodStart", "periodEnd"));
export type CreatePartnershipAgreementInput = z.infer<typeof CreatePartnershipAgreementInputSchema>;

export const UpdatePartnershipAgreementInputSchema = z
  .strictObject({
    id: IdSchema,
    version: VersionSchema,
    title: agreementFields.title.optional(),
    description: agreementFields.description.optional(),
    status: agreementFields.status.optional(),
    periodStart: agreementFields.periodStart.optional(),
    periodEnd: agreementFields.periodEnd.optional(),
    caseNumber: agreementFields.caseNumber.optional(),
  })
  .superRefine(orderedRange("periodStart", "periodEnd"));
export type UpdatePartnershipAgreementInput = z.infer<typeof UpdatePartnershipAgreementInputSchema>;

export const UpdateAgreementPartyInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  signatoryName: optionalText(200).nullable().optional(),
  signatoryTitle: optionalText(200).nullable().optional(),
  signedOn: IsoDateSchema.nullable().optional(),
});
export type UpdateAgreementPartyInput = z.infer<typeof UpdateAgreementPartyInputSchema>;
