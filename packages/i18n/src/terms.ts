import type { i18n } from "i18next";
import type { Country } from "./languages";
import type { Resources } from "./resources";

type WithoutCountry<K> = K extends `${string}_${Country}` ? never : K;

/** Domain terms such as `county` or `actionProgramme`, without their country variants. */
export type TermKey = WithoutCountry<keyof Resources["domain"]["terms"]>;
export type OrganisationKindKey = WithoutCountry<keyof Resources["domain"]["organisationKind"]>;

/**
 * A domain term in the instance's language, as the organisation's country names it:
 * `term(i18n, "county", "SE")` is "Region" in Swedish and "Region" in Bokmål, while
 * `term(i18n, "county", "NO")` is "Fylkeskommun" / "Fylkeskommune". Without a country the
 * language's home-country term is used.
 */
export function term(i18n: i18n, key: TermKey, country?: Country): string {
  return i18n.t(`domain:terms.${key}`, { context: country });
}

/** The name of an organisation kind (county, regional_council …) for the given country. */
export function organisationKindLabel(i18n: i18n, kind: OrganisationKindKey, country?: Country): string {
  return i18n.t(`domain:organisationKind.${kind}`, { context: country });
}
