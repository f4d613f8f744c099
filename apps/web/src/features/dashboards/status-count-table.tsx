import { MEASURE_STATUSES, type MeasureStatus } from "@samspill/domain";
import { formatNumber } from "@samspill/i18n";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { MeasureStatusTag } from "../measures/measure-status-tag";
import { pivot } from "./pivot";
import { PivotTable } from "./pivot-table";

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
  /** Where a row leads, if anywhere (a council's dashboard). */
  rowHref?: (rowId: string) => string | undefined;
}

/** Rows × every measure status, with totals; each status column is headed by its coloured tag. */
export function StatusCountTable({ items, labelledBy, rowHeader, rowHref }: StatusCountTableProps) {
  const { language } = useLanguage();
  const grid = pivot(items, (item) => item.rowId, (item) => item.status, (item) => item.count, MEASURE_STATUSES);
  const labels = new Map(items.map((item) => [item.rowId, item.rowLabel]));
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
