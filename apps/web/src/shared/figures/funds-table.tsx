import { Table, Tag } from "@digdir/designsystemet-react";
import type { FundsAmounts, FundsState, FundsTable } from "@samspill/domain";
import { formatMoney } from "@samspill/i18n";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../language/use-language";
import { TableScroll } from "../ui/table-scroll";
import { useFundingSourceName } from "./use-funding-source-name";
import "./figures.css";

// Money by funding source per year — committed, spent, remaining — as the server computed it
// (packages/domain/FIGURES.md): the county dashboard and the agreement page show the same table.

const COLOUR: Record<FundsState, "success" | "danger" | "neutral" | "warning"> = {
  within: "success",
  over: "danger",
  noneSpent: "neutral",
  notCommitted: "warning",
};

interface FundsTableViewProps {
  funds: FundsTable;
  caption: string;
}

export function FundsTableView({ funds, caption }: FundsTableViewProps) {
  const { t } = useTranslation("agreements");
  const { language } = useLanguage();
  const fundingSourceName = useFundingSourceName();
  const money = (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, language, { wholeUnits: true });
  const amounts = (row: FundsAmounts) => (
    <>
      <Table.Cell className="numeric">{money(row.committedMinor, row.currency)}</Table.Cell>
      <Table.Cell className="numeric">{money(row.spentMinor, row.currency)}</Table.Cell>
      <Table.Cell className="numeric">{money(row.remainingMinor, row.currency)}</Table.Cell>
    </>
  );
  const years = [...new Set(funds.rows.map((row) => row.year))];
  return (
    <TableScroll>
      <Table border data-size="sm">
        <caption className="caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("spending.year")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("spending.source")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("spending.committed")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("spending.spent")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("spending.remaining")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("spending.state")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {years.map((year) => {
            const rows = funds.rows.filter((row) => row.year === year);
            return (
              <Fragment key={year}>
                {rows.map((row) => (
                  <Table.Row key={`${row.fundingSource}:${row.currency}`}>
                    <Table.HeaderCell scope="row">{year}</Table.HeaderCell>
                    <Table.Cell>{fundingSourceName(row.fundingSource, { currency: row.currency })}</Table.Cell>
                    {amounts(row)}
                    <Table.Cell>
                      <Tag data-color={COLOUR[row.state]} data-size="sm">
                        {t(`spending.${row.state}`)}
                      </Tag>
                    </Table.Cell>
                  </Table.Row>
                ))}
                {/* A year of one source needs no sum; its row already is one. */}
                {rows.length > 1 &&
                  funds.byYear
                    .filter((sum) => sum.year === year)
                    .map((sum) => (
                      <Table.Row key={`sum:${sum.currency}`} className="subtotal">
                        <Table.HeaderCell scope="row" colSpan={2}>
                          {t("spending.yearTotal", { year })}
                        </Table.HeaderCell>
                        {amounts(sum)}
                        <Table.Cell />
                      </Table.Row>
                    ))}
              </Fragment>
            );
          })}
        </Table.Body>
        <Table.Foot>
          {funds.total.map((sum) => (
            <Table.Row key={sum.currency}>
              <Table.HeaderCell scope="row" colSpan={2}>
                {t("spending.total")}
              </Table.HeaderCell>
              {amounts(sum)}
              <Table.Cell />
            </Table.Row>
          ))}
        </Table.Foot>
      </Table>
    </TableScroll>
  );
}
