import { LANGUAGE_FORMS_BY_COUNTRY, type Country, type LanguageForm, type OrganisationKind } from "@samspill/domain";
import type { CreateOrganisationInput, OrganisationDetail } from "./types";

/** The organisation form's fields as the inputs hold them: strings, "" for empty. */
export type OrganisationValues = {
  name: string;
  kind: OrganisationKind;
  country: Country;
  code: string;
  languageForm: LanguageForm;
  slug: string;
  validFrom: string;
  validTo: string;
};

export const EMPTY_ORGANISATION: OrganisationValues = {
  name: "", kind: "municipality", country: "NO", code: "", languageForm: "nb", slug: "", validFrom: "", validTo: "",
};

export function valuesOf(detail: OrganisationDetail): OrganisationValues {
  return {
    name: detail.name, kind: detail.kind, country: detail.country, code: detail.code ?? "",
    languageForm: detail.languageForm, slug: detail.slug ?? "", validFrom: detail.validFrom, validTo: detail.validTo ?? "",
  };
}

/** A language form of the country, keeping the chosen one when it fits. */
export function fitLanguage(country: Country, languageForm: LanguageForm): LanguageForm {
  const forms = LANGUAGE_FORMS_BY_COUNTRY[country];
  return forms.includes(languageForm) ? languageForm : forms[0]!;
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** What organisations.create gets; empty optional fields are null, an empty start is the server's default. */
export function createInput(values: OrganisationValues): CreateOrganisationInput {
  return {
    name: values.name.trim(), kind: values.kind, country: values.country, code: orNull(values.code),
    languageForm: values.languageForm, slug: orNull(values.slug), validTo: orNull(values.validTo),
    ...(values.validFrom ? { validFrom: values.validFrom } : {}),
  };
}

/** The fields organisations.update may change (kind and country never do). */
export function updatePatch(values: OrganisationValues) {
  const { kind: _kind, country: _country, ...rest } = createInput(values);
  return rest;
}

/** Only the changed fields, as organisations.update takes them: another admin's change to the others stays. */
export function changedPatch(changed: Partial<OrganisationValues>): Partial<ReturnType<typeof updatePatch>> {
  const patch = updatePatch({ ...EMPTY_ORGANISATION, ...changed });
  return Object.fromEntries(Object.entries(patch).filter(([field]) => field in changed));
}
