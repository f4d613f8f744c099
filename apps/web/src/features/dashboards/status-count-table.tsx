import { Table } from "@digdir/designsystemet-react";
import { MEASURE_STATUSES, type MeasureStatus } from "@samspill/domain";
import { formatNumber } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { MeasureStatusTag } from "../measures/measure-status-tag";
import { pivot } from "./pivot";
import { TableScroll } from "../../shared/ui/table-scroll";

export interface StatusCount {
  /** What the row is about: a focus area, municipality, council … */
  rowId: string;
  rowLabel: string;
  status: MeasureStatus;
  count: number;
}

interface StatusCountTableProps {
  items: readonly StatusCount[];
  /** Id of the heading that names the table. */
  labelledBy: string;
  rowHeader: string;
}

/** Rows × every measure status, with totals; each status column is headed by its coloured tag. */
export function StatusCountTable({ items, labelledBy, rowHeader }: StatusCountTableProps) {
  const { t } = useTranslation("dashboards");
  const { language } = useLanguage();
  const grid = pivot(items, (item) => item.rowId, (item) => item.status, (item) => item.count, MEASURE_STATUSES);
  const labels = new Map(items.map((item) => [item.rowId, item.rowLabel]));
  const n = (value: number) => formatNumber(value, language);
  return (
    <TableScroll>
      <Table aria-labelledby={labelledBy} zebra border data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{rowHeader}</Table.HeaderCell>
            {grid.columns.map((status) => (
              <Table.HeaderCell key={status} scope="col" className="numeric">
                <MeasureStatusTag status={status} />
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col" className="numeric">
              {t("table.total")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {grid.rows.map((row) => (
            <Table.Row key={row}>
              <Table.HeaderCell scope="row">{labels.get(row)}</Table.HeaderCell>
              {grid.columns.map((status) => (
                <Table.Cell key={status} className="numeric">
                  {n(grid.cell(row, status))}
                </Table.Cell>
              ))}
              <Table.Cell className="numeric">{n(grid.rowTotal(row))}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t("table.total")}</Table.HeaderCell>
            {grid.columns.map((status) => (
              <Table.Cell key={status} className="numeric">
                {n(grid.columnTotal(status))}
              </Table.Cell>
            ))}
            <Table.Cell className="numeric">{n(grid.total)}</Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </TableScroll>
  );
}
