import { Table } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { Section } from "../dashboards/section";
import type { AgreementDetail } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

/** Who is party to the agreement, and who signed for each. */
export function PartiesTable({ parties }: { parties: AgreementDetail["parties"] }) {
  const { t } = useTranslation(["agreements", "domain"]);
  const { language } = useLanguage();
  return (
    <Section heading={t("detail.partiesHeading")}>
      {(headingId) => (
        <TableScroll>
          <Table aria-labelledby={headingId} zebra border data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("detail.party")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.signatory")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.signedOn")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {parties.map((party) => (
                <Table.Row key={party.id}>
                  <Table.HeaderCell scope="row">
                    {party.name}
                    <div className="meta">{t(`domain:organisationKind.${party.kind}`)}</div>
                  </Table.HeaderCell>
                  <Table.Cell>
                    {party.signatoryName ?? "–"}
                    {party.signatoryTitle && <div className="meta">{party.signatoryTitle}</div>}
                  </Table.Cell>
                  <Table.Cell>{party.signedOn ? formatDate(party.signedOn, language) : t("detail.notSigned")}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}
