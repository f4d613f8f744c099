import type { ReactNode } from "react";
import { Table } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AgreementSection } from "./agreement-section";
import { RequirementStateTag } from "./requirement-state-tag";
import type { AgreementDetail } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

/** What must be reported to the county and when; the state is the server's, as of today. */
type Requirement = AgreementDetail["reportingRequirements"][number];

interface RequirementsTableProps {
  requirements: readonly Requirement[];
  actions?: (requirement: Requirement) => ReactNode;
  editor?: ReactNode;
}

export function RequirementsTable({ requirements, actions, editor }: RequirementsTableProps) {
  const { t } = useTranslation(["agreements", "agreement-editing"]);
  const { language } = useLanguage();
  return (
    <AgreementSection heading={t("detail.requirementsHeading")} empty={requirements.length === 0 && t("detail.requirementsEmpty")} editor={editor}>
      {(headingId) => (
        <TableScroll>
          <Table aria-labelledby={headingId} zebra border data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("detail.requirement")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.dueDate")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.fulfilledOn")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.state")}</Table.HeaderCell>
                {actions && <Table.HeaderCell scope="col">{t("agreement-editing:row.actions")}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {requirements.map((requirement) => (
                <Table.Row key={requirement.id}>
                  <Table.HeaderCell scope="row">
                    {requirement.title}
                    {requirement.description && <div className="meta">{requirement.description}</div>}
                  </Table.HeaderCell>
                  <Table.Cell>{formatDate(requirement.dueDate, language)}</Table.Cell>
                  <Table.Cell>{requirement.fulfilledOn ? formatDate(requirement.fulfilledOn, language) : "–"}</Table.Cell>
                  <Table.Cell>
                    <RequirementStateTag state={requirement.state} />
                  </Table.Cell>
                  {actions && <Table.Cell>{actions(requirement)}</Table.Cell>}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </AgreementSection>
  );
}
