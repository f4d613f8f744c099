import { Heading, Table, Tag } from "@digdir/designsystemet-react";
import { formatMoney } from "@samspill/i18n";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { TableScroll } from "../../shared/ui/table-scroll";
import type { MeasureDetail } from "./types";

type YearFunds = MeasureDetail["budget"]["years"];

/**
 * Per year: the measure's budget against what approved reports say it spent, and whether it spent
 * more — the figure the annual report flags (packages/domain/FIGURES.md), as the server computed it.
 */
export function YearFundsTable({ years }: { years: YearFunds }) {
  const { t } = useTranslation("measures");
  const { language } = useLanguage();
  const headingId = useId();
  const money = (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, language, { wholeUnits: true });
  if (years.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={3} data-size="xs" id={headingId}>
        {t("yearFunds.heading")}
      </Heading>
      <TableScroll>
        <Table border data-size="sm">
          <caption>{t("yearFunds.caption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("yearFunds.year")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">{t("yearFunds.budget")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">{t("yearFunds.spent")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("yearFunds.state")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {years.map((row) => (
              <Table.Row key={`${row.year}:${row.currency}`}>
                <Table.HeaderCell scope="row">{row.year}</Table.HeaderCell>
                <Table.Cell className="numeric">{money(row.budgetMinor, row.currency)}</Table.Cell>
                <Table.Cell className="numeric">{money(row.spentMinor, row.currency)}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={row.overspent ? "danger" : "success"} data-size="sm">
                    {t(row.overspent ? "yearFunds.over" : "yearFunds.within")}
                  </Tag>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
