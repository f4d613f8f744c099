import { formatMoney } from "@samspill/i18n";
import { useLanguage } from "../../shared/language/use-language";
import type { Pivot } from "./pivot";
import { PivotTable } from "./pivot-table";

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
  const { language } = useLanguage();
  return (
    <PivotTable
      grid={grid}
      labelledBy={labelledBy}
      corner={
        <>
          {rowHeader} / {columnHeader}
        </>
      }
      columnHeader={(year) => year}
      rowLabel={rowLabel}
      format={(minor) => formatMoney(minor, currency, language, { wholeUnits: true })}
    />
  );
}
