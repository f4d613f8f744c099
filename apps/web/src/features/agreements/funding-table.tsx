import { Table } from "@digdir/designsystemet-react";
import { formatMoney } from "@samspill/i18n";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { Section } from "../dashboards/section";
import type { AgreementDetail } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

interface FundingTableProps {
  commitments: AgreementDetail["fundingCommitments"];
  totals: AgreementDetail["fundingTotals"];
}

/** Each year's commitments by source, the year's sum after them, and the agreement's total. */
export function FundingTable({ commitments, totals }: FundingTableProps) {
  const { t } = useTranslation("agreements");
  const { language } = useLanguage();
  const money = (amount: { amountMinor: number; currency: string }) =>
    formatMoney(amount.amountMinor, amount.currency, language, { wholeUnits: true });
  return (
    <Section heading={t("detail.fundingHeading")} empty={(commitments.length === 0 || !totals) && t("detail.fundingEmpty")}>
      {(headingId) => (
        <TableScroll>
          <Table aria-labelledby={headingId} border data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("detail.year")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.source")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">{t("detail.amount")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {totals?.byYear.map(({ year, amount }) => (
                <YearRows key={year} year={year} total={money(amount)}>
                  {commitments
                    .filter((commitment) => commitment.year === year)
                    .map((commitment) => (
                      <Table.Row key={commitment.id}>
                        <Table.Cell>{year}</Table.Cell>
                        <Table.Cell>{commitment.sourceName ?? t(`fundingSource.${commitment.source}`)}</Table.Cell>
                        <Table.Cell className="numeric">{money(commitment.amount)}</Table.Cell>
                      </Table.Row>
                    ))}
                </YearRows>
              ))}
            </Table.Body>
            {totals && (
              <Table.Foot>
                <Table.Row>
                  <Table.HeaderCell scope="row" colSpan={2}>
                    {t("detail.total")}
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">{money(totals.total)}</Table.Cell>
                </Table.Row>
              </Table.Foot>
            )}
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}

function YearRows({ year, total, children }: { year: number; total: string; children: ReactNode }) {
  const { t } = useTranslation("agreements");
  return (
    <>
      {children}
      <Table.Row className="subtotal">
        <Table.HeaderCell scope="row" colSpan={2}>
          {t("detail.yearTotal", { year })}
        </Table.HeaderCell>
        <Table.Cell className="numeric">{total}</Table.Cell>
      </Table.Row>
    </>
  );
}
