import { Button, Field, Heading, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { budgetRowKey, FUNDING_SOURCES, type BudgetGridRow, type FundingSource } from "@samspill/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useFundingSourceName } from "../../shared/figures/use-funding-source-name";
import { BudgetGrid } from "./budget-grid";
import type { MeasureDetail } from "./types";
import { useBudgetGrid, type GridRow } from "./use-budget-grid";
import { YearFundsTable } from "./year-funds-table";

/** One row per funding source of the whole measure, then per funding source of each part. */
function gridRows(
  measure: MeasureDetail,
  added: readonly BudgetGridRow[],
  names: { source: (source: FundingSource) => string; whole: string },
): GridRow[] {
  const withParts = measure.parts.length > 0;
  const present = [...measure.budget.lines.map((line) => ({ measureId: measure.id, partId: line.partId, fundingSource: line.fundingSource })), ...added];
  // The whole measure's first row is there to be filled in from the start.
  if (measure.viewer.editBudget.allowed && !present.some((row) => row.partId === null)) {
    present.unshift({ measureId: measure.id, partId: null, fundingSource: FUNDING_SOURCES[0] });
  }
  const order = [null, ...measure.parts.map((part) => part.id)];
  const unique = [...new Map(present.map((row) => [budgetRowKey(row), row])).values()].sort(
    (a, b) => order.indexOf(a.partId) - order.indexOf(b.partId) || FUNDING_SOURCES.indexOf(a.fundingSource) - FUNDING_SOURCES.indexOf(b.fundingSource),
  );
  return unique.map((row) => {
    const part = measure.parts.find((candidate) => candidate.id === row.partId);
    return {
      key: budgetRowKey(row),
      row,
      label: names.source(row.fundingSource),
      ...(withParts ? { group: part ? (part.municipalityName ?? "") : names.whole } : {}),
      editable: part ? part.viewer.edit.allowed : measure.viewer.editBudget.allowed,
    };
  });
}

/**
 * The measure's budget as a grid of funding sources (per municipality's part, when it has parts)
 * by year, with totals; editable where the server allows, saved in one go. Then the budget per
 * year against what was spent.
 */
export function BudgetSection({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation("measures");
  const headingId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState<BudgetGridRow[]>([]);
  const country = measure.owner?.country;
  const fundingSourceName = useFundingSourceName();
  const source = (fundingSource: FundingSource) => fundingSourceName(fundingSource, { ...(country ? { country } : {}) });
  const whole = t("grid.wholeMeasure");
  const rows = gridRows(measure, added, { source, whole });
  const cellId = (rowIndex: number) => `budget-${measure.id}-${rowIndex}-0`;
  const lastAdded = added[added.length - 1];
  const addedIndex = lastAdded ? rows.findIndex((row) => row.key === budgetRowKey(lastAdded)) : -1;
  // A row just added takes the focus in its first year, where its amounts are typed.
  useEffect(() => {
    if (addedIndex >= 0) document.getElementById(cellId(addedIndex))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a row is added
  }, [added.length]);
  const key = trpc.measures.get.queryKey({ id: measure.id });
  const grid = useBudgetGrid({
    lines: measure.budget.lines,
    currency: measure.budget.currency,
    rows,
    years: measure.budget.gridYears,
    latest: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      return (await queryClient.fetchQuery(trpc.measures.get.queryOptions({ id: measure.id }))).budget.lines;
    },
    onSaved: () => queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() }),
  });
  const described = measure.budget.lines.filter((line) => line.description.trim() !== "");
  const outsidePeriod = measure.budget.gridYearsOutsidePeriod;
  const partName = (partId: string | null) => measure.parts.find((part) => part.id === partId)?.municipalityName ?? whole;

  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("budget.heading")}
      </Heading>
      {rows.length > 0 && outsidePeriod.length > 0 && (
        <Paragraph data-size="sm">{t("grid.outsidePeriod", { years: outsidePeriod.map(String), count: outsidePeriod.length })}</Paragraph>
      )}
      {rows.length === 0 ? (
        <Paragraph>{t("budget.empty")}</Paragraph>
      ) : (
        <BudgetGrid grid={grid} rows={rows} years={measure.budget.gridYears} caption={t("grid.caption", { currency: measure.budget.currency })}
          rowHeading={t("budget.source")} idPrefix={`budget-${measure.id}`} />
      )}
      <AddSourceRow measure={measure} rows={rows} sourceName={source} wholeName={whole} onAdd={(row) => setAdded((current) => [...current, row])} />
      {described.length > 0 && (
        <ul className="budget-notes">
          {described.map((line) => (
            <li key={line.id}>
              {t("grid.note", { year: line.year, source: source(line.fundingSource), part: partName(line.partId), description: line.description })}
            </li>
          ))}
        </ul>
      )}
      <YearFundsTable years={measure.budget.years} />
    </section>
  );
}

interface AddSourceRowProps {
  measure: MeasureDetail;
  rows: readonly GridRow[];
  sourceName: (source: FundingSource) => string;
  wholeName: string;
  onAdd: (row: BudgetGridRow) => void;
}

/** "Add a funding source": a row for a source the measure (or a part the user may budget) has no row for yet. */
function AddSourceRow({ measure, rows, sourceName, wholeName, onAdd }: AddSourceRowProps) {
  const { t } = useTranslation("measures");
  const id = useId();
  const [choice, setChoice] = useState("");
  const targets = [
    ...(measure.viewer.editBudget.allowed ? [{ partId: null, name: wholeName }] : []),
    ...measure.parts.filter((part) => part.viewer.edit.allowed).map((part) => ({ partId: part.id, name: part.municipalityName ?? "" })),
  ];
  const taken = new Set(rows.map((row) => row.key));
  const options = targets.flatMap((target) =>
    FUNDING_SOURCES.map((fundingSource) => ({ measureId: measure.id, partId: target.partId, fundingSource }))
      .filter((row) => !taken.has(budgetRowKey(row)))
      .map((row) => ({ row, key: budgetRowKey(row), label: measure.parts.length > 0 ? `${target.name}: ${sourceName(row.fundingSource)}` : sourceName(row.fundingSource) })),
  );
  if (options.length === 0) return null;
  const chosen = options.find((option) => option.key === choice) ?? options[0];
  return (
    <div className="button-row budget-add-row">
      <Field>
        <Label htmlFor={id}>{t("grid.addRowLabel")}</Label>
        <Select id={id} value={chosen?.key ?? ""} onChange={(event) => setChoice(event.target.value)}>
          {options.map((option) => (
            <option key={option.key} value={option.key}>{option.label}</option>
          ))}
        </Select>
      </Field>
      <Button type="button" variant="secondary" onClick={() => { if (chosen) onAdd(chosen.row); setChoice(""); }}>
        {t("grid.addRow")}
      </Button>
    </div>
  );
}
