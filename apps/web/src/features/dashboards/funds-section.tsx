import { useTranslation } from "react-i18next";
import { FundsTableView } from "../../shared/figures/funds-table";
import { BarChartFigure } from "./bar-chart-figure";
import { Section } from "./section";
import type { CountyDashboard } from "./types";

/**
 * Funds committed in the county's agreements against funds spent from the committed sources,
 * per year and funding source: the chart for the overall picture, then the table it is drawn
 * from. Each report's spending counts once, though its measure may serve two agreements.
 */
export function FundsSection({ funds }: Pick<CountyDashboard, "funds">) {
  const { t } = useTranslation("dashboards");
  // A county works in its country's one currency; the table shows any other beside it.
  const currency = funds.total[0]?.currency ?? "NOK";
  const data = funds.byYear
    .filter((row) => row.currency === currency)
    .map((row) => ({ category: String(row.year), committed: row.committedMinor, spent: row.spentMinor }));
  return (
    <Section heading={t("county.fundsHeading")} empty={funds.rows.length === 0 && t("county.fundsEmpty")}>
      {() => (
        <>
          <BarChartFigure
            caption={t("county.fundsChart")}
            note={t("county.fundsChartNote")}
            data={data}
            series={[
              { key: "committed", label: t("county.committed") },
              { key: "spent", label: t("county.spent") },
            ]}
            currency={currency}
          />
          <FundsTableView funds={funds} caption={t("county.fundsCaption")} />
        </>
      )}
    </Section>
  );
}
