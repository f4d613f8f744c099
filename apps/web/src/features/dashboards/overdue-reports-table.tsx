import { Table, Tag } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import type { OverdueReport } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

/** Reports past their period's deadline that nobody has submitted, with how far they got. */
export function OverdueReportsTable({ reports, labelledBy }: { reports: readonly OverdueReport[]; labelledBy: string }) {
  const { t } = useTranslation(["dashboards", "domain"]);
  const { language } = useLanguage();
  return (
    <TableScroll>
      <Table aria-labelledby={labelledBy} zebra border data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("council.measure")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("council.organisation")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("council.period")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("council.deadline")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("council.reportState")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {reports.map((report) => (
            <Table.Row key={`${report.periodId}:${report.measureId}:${report.partId ?? ""}`}>
              <Table.HeaderCell scope="row">
                <AppLink href={hrefFor({ name: "measure", id: report.measureId })}>{report.measureTitle}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{report.organisationName}</Table.Cell>
              <Table.Cell>{report.periodName}</Table.Cell>
              <Table.Cell>{formatDate(report.deadline, language)}</Table.Cell>
              <Table.Cell>
                {/* Overdue either way; a returned report waits on the municipality, so it is the warning. */}
                <Tag data-size="sm" data-color={report.state === "returned" ? "warning" : "danger"}>
                  {report.state === "missing" ? t("council.notStarted") : t(`domain:reportStatus.${report.state}`)}
                </Tag>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
