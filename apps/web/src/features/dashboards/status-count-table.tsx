import { MEASURE_STATUSES, type StatusCounts } from "@samspill/domain";
import { formatNumber } from "@samspill/i18n";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { MeasureStatusTag } from "../measures/measure-status-tag";
import { pivot } from "./pivot";
import { PivotTable } from "./pivot-table";

export interface StatusCountRow {
  /** What the row is about: a focus area, municipality, council … */
  rowId: string;
  rowLabel: string;
  /** Every status with its count, as the server counted them (packages/domain/FIGURES.md). */
  counts: StatusCounts;
}

interface StatusCountTableProps {
  rows: readonly StatusCountRow[];
  /** Id of the heading that names the table. */
  labelledBy: string;
  rowHeader: string;
  /** Where a row leads, if anywhere (a council's dashboard). */
  rowHref?: (rowId: string) => string | undefined;
}

/** Rows × every measure status, with totals; each status column is headed by its coloured tag. A row with none still shows. */
export function StatusCountTable({ rows, labelledBy, rowHeader, rowHref }: StatusCountTableProps) {
  const { language } = useLanguage();
  const cells = rows.flatMap((row) => MEASURE_STATUSES.map((status) => ({ rowId: row.rowId, status, count: row.counts[status] })));
  const grid = pivot(cells, (cell) => cell.rowId, (cell) => cell.status, (cell) => cell.count, MEASURE_STATUSES);
  const labels = new Map(rows.map((row) => [row.rowId, row.rowLabel]));
  return (
    <PivotTable
      grid={grid}
      labelledBy={labelledBy}
      corner={rowHeader}
      columnHeader={(status) => <MeasureStatusTag status={status} />}
      rowLabel={(row) => {
        const href = rowHref?.(row);
        return href ? <AppLink href={href}>{labels.get(row)}</AppLink> : labels.get(row);
      }}
      format={(value) => formatNumber(value, language)}
    />
  );
}
