import { Table } from "@digdir/designsystemet-react";
import { formatMoney } from "@samspill/i18n";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFundingSourceName } from "../../shared/figures/use-funding-source-name";
import { useLanguage } from "../../shared/language/use-language";
import { AgreementSection } from "./agreement-section";
import type { AgreementDetail } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

interface FundingTableProps {
  commitments: AgreementDetail["fundingCommitments"];
  /** The agreement's figures, whose committed sums per year and in all close the table. */
  funds: AgreementDetail["funds"];
  actions?: (commitment: AgreementDetail["fundingCommitments"][number]) => ReactNode;
  editor?: ReactNode;
}

/** Each year's commitments by source, the year's sum after them, and the agreement's total. */
export function FundingTable({ commitments, funds, actions, editor }: FundingTableProps) {
  const { t } = useTranslation(["agreements", "agreement-editing"]);
  const { language } = useLanguage();
  const fundingSourceName = useFundingSourceName();
  const money = (amount: { amountMinor: number; currency: string }) =>
    formatMoney(amount.amountMinor, amount.currency, language, { wholeUnits: true });
  const committed = (sum: { committedMinor: number; currency: string }) => money({ amountMinor: sum.committedMinor, currency: sum.currency });
  const years = funds.byYear.filter((sum) => sum.committedMinor > 0);
  return (
    <AgreementSection heading={t("detail.fundingHeading")} empty={commitments.length === 0 && t("detail.fundingEmpty")} editor={editor}>
      {(headingId) => (
        <TableScroll>
          <Table aria-labelledby={headingId} border data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("detail.year")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.source")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">{t("detail.amount")}</Table.HeaderCell>
                {actions && <Table.HeaderCell scope="col">{t("agreement-editing:row.actions")}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {years.map((sum) => (
                <YearRows key={`${sum.year}:${sum.currency}`} year={sum.year} total={committed(sum)} wide={Boolean(actions)}>
                  {commitments
                    .filter((commitment) => commitment.year === sum.year && commitment.amount.currency === sum.currency)
                    .map((commitment) => (
                      <Table.Row key={commitment.id}>
                        <Table.Cell>{sum.year}</Table.Cell>
                        <Table.Cell>
                          {fundingSourceName(commitment.source, { currency: commitment.amount.currency })}
                          {commitment.sourceName && ` – ${commitment.sourceName}`}
                        </Table.Cell>
                        <Table.Cell className="numeric">{money(commitment.amount)}</Table.Cell>
                        {actions && <Table.Cell>{actions(commitment)}</Table.Cell>}
                      </Table.Row>
                    ))}
                </YearRows>
              ))}
            </Table.Body>
            <Table.Foot>
              {funds.total.map((sum) => (
                <Table.Row key={sum.currency}>
                  <Table.HeaderCell scope="row" colSpan={2}>
                    {t("detail.total")}
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">{committed(sum)}</Table.Cell>
                  {actions && <Table.Cell />}
                </Table.Row>
              ))}
            </Table.Foot>
          </Table>
        </TableScroll>
      )}
    </AgreementSection>
  );
}

function YearRows({ year, total, wide, children }: { year: number; total: string; wide: boolean; children: ReactNode }) {
  const { t } = useTranslation("agreements");
  return (
    <>
      {children}
      <Table.Row className="subtotal">
        <Table.HeaderCell scope="row" colSpan={2}>
          {t("detail.yearTotal", { year })}
        </Table.HeaderCell>
        <Table.Cell className="numeric">{total}</Table.Cell>
        {wide && <Table.Cell />}
      </Table.Row>
    </>
  );
}
