import { z } from "zod";
import { orderedRange } from "../shared/dates";
import { COUNTRIES, LANGUAGE_FORMS, ORGANISATION_KINDS, type Country, type LanguageForm } from "../shared/enums";
import {
  DescriptionSchema, IdSchema, IsoDateSchema, TitleSchema, VersionSchema, optionalText,
} from "../shared/primitives";

// An organisation row carries its official code together with the period the code is valid
// for; a reform that renumbers a municipality gives it a new period, never a new name key.

export const OrganisationCodeSchema = z.string().regex(/^\d{2}(\d{2})?$/, "two or four digits");
export const SlugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100);

/** Written language forms used in each country; English is a UI language only. */
export const LANGUAGE_FORMS_BY_COUNTRY: Record<Country, readonly LanguageForm[]> = {
  NO: ["nb", "nn"],
  SE: ["sv"],
};

const organisationFields = {
  kind: z.enum(ORGANISATION_KINDS),
  country: z.enum(COUNTRIES),
  code: OrganisationCodeSchema.nullable(),
  name: TitleSchema.max(200),
  shortName: optionalText(100).nullable(),
  languageForm: z.enum(LANGUAGE_FORMS),
  /** The county a municipality or council lies in; null for counties and national partners. */
  countyId: IdSchema.nullable(),
  description: DescriptionSchema,
  website: z.url().nullable(),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable(),
  slug: SlugSchema.nullable(),
};

function languageFitsCountry(
  value: { country?: Country; languageForm?: LanguageForm },
  ctx: z.RefinementCtx,
): void {
  if (!value.country || !value.languageForm) return;
  if (LANGUAGE_FORMS_BY_COUNTRY[value.country].includes(value.languageForm)) return;
  ctx.addIssue({ code: "custom", path: ["languageForm"], message: "language form does not fit the country" });
}

export const OrganisationSchema = z
  .strictObject({ id: IdSchema, ...organisationFields, version: VersionSchema })
  .superRefine(orderedRange("validFrom", "validTo"))
  .superRefine(languageFitsCountry);
export type Organisation = z.infer<typeof OrganisationSchema>;

export const CreateOrganisationInputSchema = z
  .strictObject({
    ...organisationFields,
    code: organisationFields.code.default(null),
    shortName: organisationFields.shortName.default(null),
    countyId: organisationFields.countyId.default(null),
    description: organisationFields.description.default(""),
    website: organisationFields.website.default(null),
    validFrom: organisationFields.validFrom.default("1900-01-01"),
    validTo: organisationFields.validTo.default(null),
    slug: organisationFields.slug.default(null),
  })
  .superRefine(orderedRange("validFrom", "validTo"))
  .superRefine(languageFitsCountry);
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationInputSchema>;

/** Kind and country never change: a municipality that becomes something else is a new organisation. */
export const UpdateOrganisationInputSchema = z
  .strictObject({
    id: IdSchema,
    version: VersionSchema,
    code: organisationFields.code.optional(),
    name: organisationFields.name.optional(),
    shortName: organisationFields.shortName.optional(),
    languageForm: organisationFields.languageForm.optional(),
    countyId: organisationFields.countyId.optional(),
    description: organisationFields.description.optional(),
    website: organisationFields.website.optional(),
    validFrom: organisationFields.validFrom.optional(),
    validTo: organisationFields.validTo.optional(),
    slug: organisationFields.slug.optional(),
  })
  .superRefine(orderedRange("validFrom", "validTo"));
export type UpdateOrganisationInput = z.infer<typeof UpdateOrganisationInputSchema>;
