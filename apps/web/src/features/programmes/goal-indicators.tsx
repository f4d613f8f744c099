import { Paragraph } from "@digdir/designsystemet-react";
import { formatNumber } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useLanguage } from "../../shared/language/use-language";

/**
 * A goal's outcome indicators, named under the goal with unit, baseline and target — how the
 * programme measures it (seed 003's measurable input factors). A goal no measure serves would
 * otherwise show its indicators nowhere; the charts are on the pages of the measures serving it.
 */
export function GoalIndicators({ goalId }: { goalId: string }) {
  const { t } = useTranslation(["programmes", "measures"]);
  const { language } = useLanguage();
  const trpc = useTRPC();
  const list = useQuery(trpc.indicators.list.queryOptions({ goalId }));
  const indicators = list.data?.items ?? [];
  if (indicators.length === 0) return null;
  const number = (value: number) => formatNumber(value, language);
  return (
    <Paragraph data-size="sm" className="meta">
      {t("detail.goalIndicators")}{" "}
      {indicators.map((indicator, index) => (
        <span key={indicator.id}>
          {index > 0 && "; "}
          {indicator.name} ({indicator.unit}
          {indicator.baseline !== null && ` · ${t("measures:indicators.baseline", { value: number(indicator.baseline) })}`}
          {indicator.target !== null && ` · ${t("measures:indicators.target", { value: number(indicator.target) })}`})
        </span>
      ))}
    </Paragraph>
  );
}
