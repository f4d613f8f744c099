import { Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { ReportStateTag, TimelinessTags } from "./report-state-tag";
import { taskAction, taskHref } from "./task-link";
import type { ReportingRow } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

interface ReportingTableProps {
  caption: string;
  items: readonly ReportingRow[];
  periodId: string;
  /** Whether a row links to its report (or to the form for a new one); the measure is always linked. */
  linked: (item: ReportingRow) => boolean;
  showOrganisation: boolean;
}

/**
 * Every expected report of a period with its state, in colour and text, overdue and late marked:
 * each measure leads to its page, and each report (or the form for a missing one) has its own link.
 */
export function ReportingTable({ caption, items, periodId, linked, showOrganisation }: ReportingTableProps) {
  const { t } = useTranslation("reports");
  return (
    <TableScroll>
      <Table data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("columns.measure")}</Table.HeaderCell>
            {showOrganisation && <Table.HeaderCell>{t("columns.organisation")}</Table.HeaderCell>}
            <Table.HeaderCell>{t("columns.scope")}</Table.HeaderCell>
            <Table.HeaderCell>{t("columns.state")}</Table.HeaderCell>
            <Table.HeaderCell>{t("reportColumn")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={`${item.measureId}:${item.partId ?? ""}`}>
              <Table.Cell>
                <AppLink href={hrefFor({ name: "measure", id: item.measureId })}>{item.measureTitle}</AppLink>
              </Table.Cell>
              {showOrganisation && <Table.Cell>{item.organisationName}</Table.Cell>}
              <Table.Cell>{t(`scope.${item.scope}`)}</Table.Cell>
              <Table.Cell>
                <span className="tag-row">
                  <ReportStateTag state={item.state} />
                  <TimelinessTags overdue={item.overdue} late={item.late} />
                </span>
              </Table.Cell>
              <Table.Cell>
                {linked(item) && (
                  <AppLink href={taskHref(item, periodId)} aria-label={`${t(`actions.${taskAction(item)}`)}: ${item.measureTitle}${showOrganisation ? `, ${item.organisationName}` : ""}`}>
                    {t(`actions.${taskAction(item)}`)}
                  </AppLink>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
