import type { FundingSource } from "@samspill/domain";
import { countryOfCurrency, type Country } from "@samspill/i18n";
import { useTranslation } from "react-i18next";

/**
 * A funding source's one name, as the money's country names it (`fundingSourceName` in
 * @samspill/i18n, which the workbooks and Word documents use): by the country when it is known,
 * else by the currency of the amount it stands beside (NOK is Norway's, SEK Sweden's).
 */
export function useFundingSourceName(): (source: FundingSource, where?: { country?: Country; currency?: string }) => string {
  const { t } = useTranslation("measures");
  return (source, where = {}) =>
    t(`fundingSource.${source}`, { context: where.country ?? (where.currency ? countryOfCurrency(where.currency) : undefined) });
}
