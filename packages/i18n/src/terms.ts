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

export type FundingSourceKey = WithoutCountry<keyof Resources["measures"]["fundingSource"]>;

/** The country whose money a currency is: budgets and spending in NOK are Norwegian, in SEK Swedish. */
export function countryOfCurrency(currency: string): Country | undefined {
  return currency === "NOK" ? "NO" : currency === "SEK" ? "SE" : undefined;
}

/**
 * A funding source's one name (packages/domain/FIGURES.md), as the country whose money it is
 * names it: "Fylkets partnerskapsmidler" in Norway, "Regionens partnerskapsmidler" in Sweden. The
 * agreement page, the measure page, the dashboards, the workbooks and the Word documents all say
 * it this way; a spreadsheet import also reads the names people used before.
 */
export function fundingSourceName(
  t: (key: string, options: Record<string, string>) => string,
  source: FundingSourceKey,
  country?: Country,
): string {
  return t(`measures:fundingSource.${source}`, country ? { context: country } : {});
}
