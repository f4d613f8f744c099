import { Table } from "@digdir/designsystemet-react";
import { formatMoney } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import type { Pivot } from "./pivot";
import { TableScroll } from "../../shared/ui/table-scroll";

interface MoneyTableProps<R extends string> {
  grid: Pivot<R, number>;
  currency: string;
  labelledBy: string;
  rowHeader: string;
  columnHeader: string;
  rowLabel: (row: R) => string;
}

/** Amounts (minor units) with rows × years and totals both ways. */
export function MoneyTable<R extends string>({ grid, currency, labelledBy, rowHeader, columnHeader, rowLabel }: MoneyTableProps<R>) {
  const { t } = useTranslation("dashboards");
  const { language } = useLanguage();
  const money = (minor: number) => formatMoney(minor, currency, language, { wholeUnits: true });
  return (
    <TableScroll>
      <Table aria-labelledby={labelledBy} zebra border data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">
              {rowHeader} / {columnHeader}
            </Table.HeaderCell>
            {grid.columns.map((column) => (
              <Table.HeaderCell key={column} scope="col" className="numeric">
                {column}
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
                  {money(grid.cell(row, column))}
                </Table.Cell>
              ))}
              <Table.Cell className="numeric">{money(grid.rowTotal(row))}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t("table.total")}</Table.HeaderCell>
            {grid.columns.map((column) => (
              <Table.Cell key={column} className="numeric">
                {money(grid.columnTotal(column))}
              </Table.Cell>
            ))}
            <Table.Cell className="numeric">{money(grid.total)}</Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </TableScroll>
  );
}
