import type { FundingSource } from "@samspill/domain";
import { useFundingSourceName } from "../../shared/figures/use-funding-source-name";
import { useTranslation } from "react-i18next";
import { BarChartFigure } from "./bar-chart-figure";
import { MoneyTable } from "./money-table";
import { pivot } from "./pivot";
import { Section } from "./section";
import type { CouncilDashboard } from "./types";

/** Budget per funding source and year: a stacked chart for the overall picture, then the table. */
export function BudgetSection({ budget }: { budget: CouncilDashboard["budget"] }) {
  const { t } = useTranslation("dashboards");
  // A council works in its country's one currency.
  const currency = budget[0]?.amount.currency ?? "NOK";
  const grid = pivot(budget, (row) => row.fundingSource, (row) => row.year, (row) => row.amount.amountMinor);
  const fundingSourceName = useFundingSourceName();
  const sourceLabel = (source: FundingSource) => fundingSourceName(source, { currency });
  // Every year from the first to the last, so a year without budget is a gap, not a jump.
  const data = everyYear(grid.columns).map((year) => ({
    category: String(year),
    ...Object.fromEntries(grid.rows.map((source) => [source, grid.cell(source, year)])),
  }));
  return (
    <Section heading={t("council.budgetHeading")} empty={budget.length === 0 && t("council.budgetEmpty")}>
      {(headingId) => (
        <>
          <BarChartFigure
            caption={t("council.budgetChart")}
            note={t("council.budgetChartNote")}
            data={data}
            series={grid.rows.map((source) => ({ key: source, label: sourceLabel(source) }))}
            currency={currency}
            stacked
          />
          <MoneyTable
            grid={grid}
            currency={currency}
            labelledBy={headingId}
            rowHeader={t("council.fundingSource")}
            columnHeader={t("council.year")}
            rowLabel={sourceLabel}
          />
        </>
      )}
    </Section>
  );
}

/** The years from the first given to the last, each once and in order. */
export function everyYear(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => first + index);
}
