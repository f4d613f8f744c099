import type { ReactNode } from "react";
import { Table } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AgreementSection } from "./agreement-section";
import type { AgreementDetail } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

/** Who is party to the agreement, and who signed for each. */
type Party = AgreementDetail["parties"][number];

interface PartiesTableProps {
  parties: readonly Party[];
  /** Each row's edit and remove buttons, when the viewer may change the agreement. */
  actions?: (party: Party) => ReactNode;
  editor?: ReactNode;
}

export function PartiesTable({ parties, actions, editor }: PartiesTableProps) {
  const { t } = useTranslation(["agreements", "domain", "agreement-editing"]);
  const { language } = useLanguage();
  return (
    <AgreementSection heading={t("detail.partiesHeading")} editor={editor}>
      {(headingId) => (
        <TableScroll>
          <Table aria-labelledby={headingId} zebra border data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("detail.party")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.signatory")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.signedOn")}</Table.HeaderCell>
                {actions && <Table.HeaderCell scope="col">{t("agreement-editing:row.actions")}</Table.HeaderCell>}
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
                  {actions && <Table.Cell>{actions(party)}</Table.Cell>}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </AgreementSection>
  );
}
