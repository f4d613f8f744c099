import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { formatMoney } from "@samspill/i18n";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import type { MeasureDetail } from "./types";

type Money = { amountMinor: number; currency: string };

/** Several currencies never add up: each is shown on its own, joined. */
function useMoney() {
  const { language } = useLanguage();
  return (amounts: readonly Money[]) => amounts.map((money) => formatMoney(money.amountMinor, money.currency, language, { wholeUnits: true })).join(" + ");
}

/** Budget lines by year and funding source, with the totals per year, per source and overall. */
export function BudgetSection({ budget }: { budget: MeasureDetail["budget"] }) {
  const { t } = useTranslation("measures");
  const headingId = useId();
  const money = useMoney();
  const lines = [...budget.lines].sort((a, b) => a.year - b.year || a.fundingSource.localeCompare(b.fundingSource));
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("budget.heading")}
      </Heading>
      {lines.length === 0 ? (
        <Paragraph>{t("budget.empty")}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra border data-size="sm">
            <caption>{t("budget.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("budget.year")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("budget.source")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("budget.description")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">{t("budget.amount")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {lines.map((line) => (
                <Table.Row key={line.id}>
                  <Table.HeaderCell scope="row">{line.year}</Table.HeaderCell>
                  <Table.Cell>{t(`fundingSource.${line.fundingSource}`)}</Table.Cell>
                  <Table.Cell>{line.description}</Table.Cell>
                  <Table.Cell className="numeric">{money([line.amount])}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
            <tfoot>
              {budget.totals.byYear.length > 1 &&
                budget.totals.byYear.map((year) => (
                  <Table.Row key={year.year}>
                    <Table.HeaderCell scope="row" colSpan={3}>{t("budget.totalYear", { year: year.year })}</Table.HeaderCell>
                    <Table.Cell className="numeric">{money(year.amounts)}</Table.Cell>
                  </Table.Row>
                ))}
              {budget.totals.bySource.map((source) => (
                <Table.Row key={source.fundingSource}>
                  <Table.HeaderCell scope="row" colSpan={3}>{t(`fundingSource.${source.fundingSource}`)}</Table.HeaderCell>
                  <Table.Cell className="numeric">{money(source.amounts)}</Table.Cell>
                </Table.Row>
              ))}
              <Table.Row>
                <Table.HeaderCell scope="row" colSpan={3}>{t("budget.total")}</Table.HeaderCell>
                <Table.Cell className="numeric"><strong>{money(budget.totals.total)}</strong></Table.Cell>
              </Table.Row>
            </tfoot>
          </Table>
        </div>
      )}
    </section>
  );
}
