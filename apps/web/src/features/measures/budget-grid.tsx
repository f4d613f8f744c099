import { Button, Paragraph, Table } from "@digdir/designsystemet-react";
import { budgetCellKey, budgetRowKey, type Money } from "@samspill/domain";
import { formatMoney } from "@samspill/i18n";
import { Fragment, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { ConflictAlert, ErrorSummary, useFieldMessages, type FieldProblems } from "../../shared/forms";
import { useLanguage } from "../../shared/language/use-language";
import { TableScroll } from "../../shared/ui/table-scroll";
import type { BudgetGridState, GridRow } from "./use-budget-grid";

interface BudgetGridProps {
  grid: BudgetGridState;
  rows: readonly GridRow[];
  years: readonly number[];
  caption: string;
  /** The heading of the row names' column: "Funding source", "Measure". */
  rowHeading: string;
  idPrefix: string;
}

/** Several currencies never add up: each is shown on its own, joined. */
function useMoneyText() {
  const { language } = useLanguage();
  return (amounts: readonly Money[]) =>
    amounts.map((money) => formatMoney(money.amountMinor, money.currency, language, { wholeUnits: money.amountMinor % 100 === 0 })).join(" + ");
}

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Amounts by row and year as one grid: an input per cell, the row, year and grand totals from
 * the domain's budget totals, a block pasted from a spreadsheet filling the grid from the cell
 * it lands in, the arrow keys moving between cells, and one save of every changed cell.
 */
export function BudgetGrid({ grid, rows, years, caption, rowHeading, idPrefix }: BudgetGridProps) {
  const { t } = useTranslation("measures");
  const money = useMoneyText();
  const table = useRef<HTMLTableElement>(null);
  const [announcement, setAnnouncement] = useState("");
  // A cell is a field of the grid, named by its place: "<row>-<year>", its input's id after the prefix.
  const fieldOf = (rowIndex: number, yearIndex: number) => `${rowIndex}-${yearIndex}`;
  const idOf = (rowIndex: number, yearIndex: number) => `${idPrefix}-${fieldOf(rowIndex, yearIndex)}`;
  const place = new Map<string, { field: string; label: string }>();
  rows.forEach((row, rowIndex) =>
    years.forEach((year, yearIndex) =>
      place.set(budgetCellKey({ ...row.row, year }), {
        field: fieldOf(rowIndex, yearIndex),
        label: t("grid.cell", { row: [row.group, row.label].filter(Boolean).join(", "), year }),
      }),
    ),
  );
  const problems: FieldProblems = {};
  for (const [key, problem] of Object.entries(grid.problem?.fields ?? {})) {
    const at = place.get(key);
    if (at) problems[at.field] = problem;
  }
  const labels = Object.fromEntries([...place.values()].map((at) => [at.field, at.label]));
  const reasonText = (reason: string) => t(`grid.reason.${reason}` as "grid.reason.version_mismatch", { defaultValue: "" }) || undefined;
  const messages = useFieldMessages({ labels, reasonText }, problems);
  const order = [...place.values()].map((at) => at.field);

  function move(event: KeyboardEvent<HTMLInputElement>, rowIndex: number, yearIndex: number) {
    const step = MOVES[event.key];
    if (!step) return;
    const input = event.currentTarget;
    // Left and right move the caret inside a cell until it is at the cell's edge; a cell whose
    // whole text is selected (as reached by Tab or an arrow) is left at once, as in a spreadsheet.
    const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const atStart = whole || input.selectionEnd === 0;
    const atEnd = whole || input.selectionStart === input.value.length;
    if ((event.key === "ArrowLeft" && !atStart) || (event.key === "ArrowRight" && !atEnd)) return;
    const next = table.current?.querySelector<HTMLInputElement>(`#${CSS.escape(idOf(rowIndex + step[0], yearIndex + step[1]))}`);
    if (!next) return;
    event.preventDefault();
    next.focus();
    next.select();
  }

  function paste(event: ClipboardEvent<HTMLInputElement>, rowIndex: number, yearIndex: number) {
    const text = event.clipboardData.getData("text/plain");
    if (!/[\t\n]/.test(text.trimEnd())) return;
    event.preventDefault();
    const { filled, left } = grid.paste(rowIndex, yearIndex, text);
    setAnnouncement(left > 0 ? t("grid.pastedSome", { count: filled, left }) : t("grid.pasted", { count: filled }));
  }

  const editable = rows.some((row) => row.editable);
  return (
    <div className="stack">
      <ErrorSummary messages={messages} idPrefix={idPrefix} order={order} problem={grid.problem?.versionConflict ? null : grid.problem}
        subject="measure" attempt={grid.attempt} />
      {grid.problem?.versionConflict && (
        <ConflictAlert takeFocus message={t("grid.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")}
          onReload={() => void grid.reload()} onReapply={() => void grid.reapply()} />
      )}
      <TableScroll>
        <Table ref={table} border data-size="sm" className="budget-grid">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{rowHeading}</Table.HeaderCell>
              {years.map((year) => (
                <Table.HeaderCell key={year} scope="col" className="numeric">{year}</Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" className="numeric">{t("grid.rowTotal")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row, rowIndex) => (
              <Fragment key={row.key}>
                {row.group !== undefined && row.group !== rows[rowIndex - 1]?.group && (
                  <Table.Row>
                    <Table.HeaderCell scope="colgroup" colSpan={years.length + 2}>{row.group}</Table.HeaderCell>
                  </Table.Row>
                )}
                <Table.Row>
                  <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                  {years.map((year, yearIndex) => {
                    const key = budgetCellKey({ ...row.row, year });
                    const cell = grid.cellOf(key);
                    const problem = messages[fieldOf(rowIndex, yearIndex)];
                    if (!row.editable || cell?.kind === "fixed") {
                      return (
                        <Table.Cell key={year} className="numeric">
                          {cell?.kind === "fixed" ? money(cell.amounts) : cell ? money([{ amountMinor: cell.amountMinor, currency: grid.currency }]) : ""}
                        </Table.Cell>
                      );
                    }
                    const id = idOf(rowIndex, yearIndex);
                    return (
                      <Table.Cell key={year}>
                        <input
                          id={id}
                          className="ds-input budget-cell"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={place.get(key)?.label}
                          aria-invalid={problem ? true : undefined}
                          aria-describedby={problem ? `${id}-error` : undefined}
                          value={grid.textOf(key)}
                          onChange={(event) => grid.type(key, event.target.value)}
                          onPaste={(event) => paste(event, rowIndex, yearIndex)}
                          onKeyDown={(event) => move(event, rowIndex, yearIndex)}
                        />
                        {problem && <span id={`${id}-error`} className="budget-cell-error">{problem}</span>}
                      </Table.Cell>
                    );
                  })}
                  <Table.Cell className="numeric">{money(grid.totals.rows.get(budgetRowKey(row.row)) ?? [])}</Table.Cell>
                </Table.Row>
              </Fragment>
            ))}
          </Table.Body>
          <tfoot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t("grid.columnTotal")}</Table.HeaderCell>
              {years.map((year) => (
                <Table.Cell key={year} className="numeric">{money(grid.totals.byYear.find((sum) => sum.year === year)?.amounts ?? [])}</Table.Cell>
              ))}
              <Table.Cell className="numeric"><strong>{money(grid.totals.total)}</strong></Table.Cell>
            </Table.Row>
          </tfoot>
        </Table>
      </TableScroll>
      {editable && (
        <div className="button-row">
          {/* Stays where it is after a save, so the keyboard's focus is not lost; says when there is nothing to save. */}
          <Button type="button" aria-disabled={grid.pending || grid.changed === 0 || undefined}
            onClick={() => { setAnnouncement(""); if (!grid.pending && grid.changed > 0) void grid.save(); }}>
            {grid.pending ? t("grid.saving") : grid.changed === 0 ? t("grid.nothingToSave") : t("grid.save", { count: grid.changed })}
          </Button>
        </div>
      )}
      <Paragraph role="status" data-size="sm">
        {grid.saved !== null ? t("grid.saved", { count: grid.saved }) : announcement}
      </Paragraph>
    </div>
  );
}
