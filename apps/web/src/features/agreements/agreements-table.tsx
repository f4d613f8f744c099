import { Table } from "@digdir/designsystemet-react";
import type { AgreementStatus } from "@samspill/domain";
import { formatDateRange, formatMoney } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { AgreementStatusTag } from "./agreement-status-tag";
import { TableScroll } from "../../shared/ui/table-scroll";

export interface AgreementRow {
  id: string;
  title: string;
  status: AgreementStatus;
  periodStart: string;
  periodEnd: string;
  parties: ReadonlyArray<{ organisationId: string; name: string }>;
  /** Committed under the agreement over its period, per currency: the county dashboard's figure (the list has it). */
  committed?: ReadonlyArray<{ amountMinor: number; currency: string }>;
}

/** Agreements with their parties, period and status; each title opens the agreement. */
export function AgreementsTable({ agreements, labelledBy }: { agreements: readonly AgreementRow[]; labelledBy: string }) {
  const withCommitted = agreements.some((agreement) => agreement.committed !== undefined);
  const { t } = useTranslation(["agreements", "agreement-editing"]);
  const { language } = useLanguage();
  return (
    <TableScroll>
      <Table aria-labelledby={labelledBy} zebra border data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("list.agreement")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("list.parties")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("list.period")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("list.status")}</Table.HeaderCell>
            {withCommitted && <Table.HeaderCell scope="col" className="numeric">{t("agreement-editing:list.committed")}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {agreements.map((agreement) => (
            <Table.Row key={agreement.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={hrefFor({ name: "agreement", id: agreement.id })}>{agreement.title}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{agreement.parties.map((party) => party.name).join(", ")}</Table.Cell>
              <Table.Cell>{formatDateRange(agreement.periodStart, agreement.periodEnd, language)}</Table.Cell>
              <Table.Cell>
                <AgreementStatusTag status={agreement.status} />
              </Table.Cell>
              {withCommitted && (
                <Table.Cell className="numeric">
                  {agreement.committed?.length
                    ? agreement.committed.map((sum) => formatMoney(sum.amountMinor, sum.currency, language, { wholeUnits: true })).join(", ")
                    : t("agreement-editing:list.noneCommitted")}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
