import { Table, Tag } from "@digdir/designsystemet-react";
import { formatDate, formatNumber } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { TableScroll } from "../../shared/ui/table-scroll";
import type { Compliance } from "./types";

interface ComplianceTableProps {
  rows: readonly Compliance[];
  labelledBy: string;
  /** The county compares councils; a council's own dashboard needs no council column. */
  showCouncil?: boolean;
  /** Where a row leads: the council's reporting overview for the period. */
  rowHref: (row: Compliance) => string;
}

/** Per council and period: expected reports, reported, approved, late, overdue, and a verdict in words. */
export function ComplianceTable({ rows, labelledBy, showCouncil = true, rowHref }: ComplianceTableProps) {
  const { t } = useTranslation("dashboards");
  const { language } = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <TableScroll>
      <Table aria-labelledby={labelledBy} zebra border data-size="sm">
        <Table.Head>
          <Table.Row>
            {showCouncil && <Table.HeaderCell scope="col">{t("county.council")}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t("county.period")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("county.deadline")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("county.expected")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("county.reported")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("county.approved")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("county.late")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{t("county.overdue")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("county.status")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={`${row.councilId}:${row.periodId}`}>
              {showCouncil && (
                <Table.HeaderCell scope="row">
                  <AppLink href={rowHref(row)}>{row.councilName}</AppLink>
                </Table.HeaderCell>
              )}
              {/* Without a council column, the period names the row and leads to its overview. */}
              {showCouncil ? (
                <Table.Cell>{row.periodName}</Table.Cell>
              ) : (
                <Table.HeaderCell scope="row">
                  <AppLink href={rowHref(row)}>{row.periodName}</AppLink>
                </Table.HeaderCell>
              )}
              <Table.Cell>{formatDate(row.deadline, language)}</Table.Cell>
              <Table.Cell className="numeric">{n(row.expected)}</Table.Cell>
              <Table.Cell className="numeric">{n(row.reported)}</Table.Cell>
              <Table.Cell className="numeric">{n(row.approved)}</Table.Cell>
              <Table.Cell className="numeric">{n(row.late)}</Table.Cell>
              <Table.Cell className="numeric">{n(row.overdue)}</Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color={row.outstanding > 0 ? "danger" : "success"}>
                  {row.expected === 0
                    ? t("county.noneExpected")
                    : row.outstanding > 0 ? t("county.missing", { count: row.outstanding }) : t("county.allReported")}
                </Tag>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
