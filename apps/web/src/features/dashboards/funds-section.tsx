import { Table } from "@digdir/designsystemet-react";
import { formatMoney, formatPercent } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { BarChartFigure } from "./bar-chart-figure";
import { fundsByYear } from "./funds-by-year";
import { Section } from "./section";
import type { CountyDashboard } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

/** Funds committed in the county's agreements against funds reported spent, per year. */
export function FundsSection({ committed, spent }: Pick<CountyDashboard, "committed" | "spent">) {
  const { t } = useTranslation("dashboards");
  const { language } = useLanguage();
  const years = fundsByYear(committed, spent);
  const currency = committed[0]?.amount.currency ?? spent[0]?.amount.currency ?? "NOK";
  const money = (minor: number) => formatMoney(minor, currency, language, { wholeUnits: true });
  const data = years.map((row) => ({ category: String(row.year), committed: row.committedMinor, spent: row.spentMinor }));
  return (
    <Section heading={t("county.fundsHeading")} empty={years.length === 0 && t("county.fundsEmpty")}>
      {(headingId) => (
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
          <TableScroll>
            <Table aria-labelledby={headingId} zebra border data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("county.year")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">{t("county.committed")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">{t("county.spent")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">{t("county.share")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {years.map((row) => (
                  <Table.Row key={row.year}>
                    <Table.HeaderCell scope="row">{row.year}</Table.HeaderCell>
                    <Table.Cell className="numeric">{money(row.committedMinor)}</Table.Cell>
                    <Table.Cell className="numeric">{money(row.spentMinor)}</Table.Cell>
                    <Table.Cell className="numeric">
                      {row.sharePercent === null ? "–" : formatPercent(row.sharePercent, language)}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </>
      )}
    </Section>
  );
}
