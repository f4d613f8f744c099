import { Table } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/ui/table-scroll";
import type { Pivot } from "./pivot";

interface PivotTableProps<R extends string, C extends string | number> {
  grid: Pivot<R, C>;
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** The top-left header, naming what the rows (and perhaps the columns) are. */
  corner: ReactNode;
  columnHeader: (column: C) => ReactNode;
  rowLabel: (row: R) => ReactNode;
  /** How one number is written: an amount, a count … */
  format: (value: number) => string;
}

/** A pivot grid as a table, with a total column at the end of each row and a total row at the foot. */
export function PivotTable<R extends string, C extends string | number>({ grid, labelledBy, corner, columnHeader, rowLabel, format }: PivotTableProps<R, C>) {
  const { t } = useTranslation("dashboards");
  return (
    <TableScroll>
      <Table aria-labelledby={labelledBy} zebra border data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{corner}</Table.HeaderCell>
            {grid.columns.map((column) => (
              <Table.HeaderCell key={column} scope="col" className="numeric">
                {columnHeader(column)}
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
              <Table.HeaderCell scope="row">{rowLabel(row)}</Table.HeaderCell>
              {grid.columns.map((column) => (
                <Table.Cell key={column} className="numeric">
                  {format(grid.cell(row, column))}
                </Table.Cell>
              ))}
              <Table.Cell className="numeric">{format(grid.rowTotal(row))}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t("table.total")}</Table.HeaderCell>
            {grid.columns.map((column) => (
              <Table.Cell key={column} className="numeric">
                {format(grid.columnTotal(column))}
              </Table.Cell>
            ))}
            <Table.Cell className="numeric">{format(grid.total)}</Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </TableScroll>
  );
}
