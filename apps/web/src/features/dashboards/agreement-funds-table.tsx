import { Table, Tag } from "@digdir/designsystemet-react";
import { formatMoney } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { TableScroll } from "../../shared/ui/table-scroll";
import type { CountyAgreement } from "./types";

/** Each agreement's money over its whole period: committed, spent from the committed sources, remaining. */
export function AgreementFundsTable({ agreements, labelledBy }: { agreements: readonly CountyAgreement[]; labelledBy: string }) {
  const { t } = useTranslation(["dashboards", "agreements"]);
  const { language } = useLanguage();
  const money = (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, language, { wholeUnits: true });
  return (
    <TableScroll>
      <Table aria-labelledby={labelledBy} zebra border data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("county.agreement")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("county.committed")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("county.spent")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("county.remaining")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {agreements.flatMap((agreement) =>
            agreement.funds.map((sum) => (
              <Table.Row key={`${agreement.id}:${sum.currency}`}>
                <Table.HeaderCell scope="row">
                  <AppLink href={hrefFor({ name: "agreement", id: agreement.id })}>{agreement.title}</AppLink>
                </Table.HeaderCell>
                <Table.Cell className="numeric">{money(sum.committedMinor, sum.currency)}</Table.Cell>
                <Table.Cell className="numeric">{money(sum.spentMinor, sum.currency)}</Table.Cell>
                <Table.Cell className="numeric">
                  {money(sum.remainingMinor, sum.currency)}
                  {sum.overspent && (
                    <>
                      {" "}
                      <Tag data-color="danger" data-size="sm">{t("agreements:spending.over")}</Tag>
                    </>
                  )}
                </Table.Cell>
              </Table.Row>
            )),
          )}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
