import { Table, Tag } from "@digdir/designsystemet-react";
import { formatMoney } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { Section } from "../dashboards/section";
import { spendingRows, type SpendingState } from "./spending-rows";
import type { AgreementDetail } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

interface SpendingTableProps {
  totals: AgreementDetail["fundingTotals"];
  spent: AgreementDetail["spentByYear"];
}

const COLOUR: Record<SpendingState, "success" | "danger" | "neutral" | "warning"> = {
  within: "success",
  over: "danger",
  noneSpent: "neutral",
  notCommitted: "warning",
};

/** Per year: what the county committed, what approved reports say was spent, and what is left. */
export function SpendingTable({ totals, spent }: SpendingTableProps) {
  const { t } = useTranslation("agreements");
  const { language } = useLanguage();
  const rows = spendingRows(totals, spent);
  const currency = totals?.total.currency ?? spent[0]?.currency ?? "NOK";
  const money = (amountMinor: number) => formatMoney(amountMinor, currency, language, { wholeUnits: true });
  return (
    <Section heading={t("spending.heading")} empty={rows.length === 0 && t("spending.empty")}>
      {() => (
        <TableScroll>
          <Table border data-size="sm">
            <caption className="caption">{t("spending.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("spending.year")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">{t("spending.committed")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">{t("spending.spent")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">{t("spending.remaining")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("spending.state")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.year}>
                  <Table.HeaderCell scope="row">{row.year}</Table.HeaderCell>
                  <Table.Cell className="numeric">{money(row.committedMinor)}</Table.Cell>
                  <Table.Cell className="numeric">{money(row.spentMinor)}</Table.Cell>
                  <Table.Cell className="numeric">{money(row.committedMinor - row.spentMinor)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={COLOUR[row.state]} data-size="sm">
                      {t(`spending.${row.state}`)}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}
