import { Alert, Button, ErrorSummary, Paragraph, Table } from "@digdir/designsystemet-react";
import { budgetCellKey, budgetRowKey, type Money } from "@samspill/domain";
import { formatMoney } from "@samspill/i18n";
import { Fragment, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
import { useFieldMessages } from "../../shared/errors/field-message";
import { knownRefusalText } from "../../shared/errors/refusal";
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
  const { t } = useTranslation(["measures", "common"]);
  const { t: forms } = useTranslation("forms");
  const money = useMoneyText();
  const table = useRef<HTMLTableElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const [attempt, setAttempt] = useState(0);
  const idOf = (rowIndex: number, yearIndex: number) => `${idPrefix}-${rowIndex}-${yearIndex}`;
  const where = new Map<string, { id: string; label: string }>();
  rows.forEach((row, rowIndex) =>
    years.forEach((year, yearIndex) =>
      where.set(budgetCellKey({ ...row.row, year }), { id: idOf(rowIndex, yearIndex), label: t("grid.cell", { row: [row.group, row.label].filter(Boolean).join(", "), year }) }),
    ),
  );
  const labels = Object.fromEntries([...where].map(([key, cell]) => [key, cell.label]));
  const reasonText = (reason: string) => (t(`grid.reason.${reason}`, { defaultValue: "" }) || undefined);
  const messages = useFieldMessages({ labels, reasonText }, Object.fromEntries(grid.problems));
  const listed = [...grid.problems.keys()].filter((key) => where.has(key));

  // A refused save moves the focus to what says why, so it is the next thing read.
  useEffect(() => {
    if (attempt > 0 && (listed.length > 0 || grid.failure)) summary.current?.querySelector<HTMLElement>("[data-focus-target]")?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only after a save attempt
  }, [attempt]);

  function move(event: KeyboardEvent<HTMLInputElement>, rowIndex: number, yearIndex: number) {
    const step = MOVES[event.key];
    if (!step) return;
    const input = event.currentTarget;
    // Left and right move the caret inside a cell until it is at the cell's edge.
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
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

  async function save() {
    setAnnouncement("");
    await grid.save();
    setAttempt((count) => count + 1);
  }

  const editable = rows.some((row) => row.editable);
  const refusal = grid.failure && grid.failure.code !== "CONFLICT" ? knownRefusalText(forms, "measure", grid.failure.reason) : null;
  return (
    <div className="stack">
      <div ref={summary}>
        {listed.length > 0 && (
          <ErrorSummary data-focus-target tabIndex={-1}>
            <ErrorSummary.Heading>{t("grid.summary")}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {listed.map((key) => (
                <ErrorSummary.Item key={key}>
                  <ErrorSummary.Link href={`#${where.get(key)?.id ?? ""}`}>{messages[key]}</ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        {grid.failure?.code === "CONFLICT" && (
          <ConflictAlert takeFocus message={t("grid.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")}
            onReload={() => void grid.reload()} onReapply={() => void grid.reapply()} />
        )}
        {grid.failure && grid.failure.code !== "CONFLICT" && listed.length === 0 && (
          <Alert data-color="danger" role="alert" data-focus-target tabIndex={-1}>
            <Paragraph>{t(`common:errors.${grid.failure.code}`)}</Paragraph>
            {refusal && <Paragraph>{refusal}</Paragraph>}
          </Alert>
        )}
      </div>
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
                    const problem = messages[key];
                    if (!row.editable || cell?.kind === "fixed") {
                      return (
                        <Table.Cell key={year} className="numeric">
                          {cell?.kind === "fixed" ? money(cell.amounts) : grid.textOf(key)}
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
                          aria-label={where.get(key)?.label}
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
          <Button type="button" aria-disabled={grid.pending || undefined} onClick={() => { if (!grid.pending) void save(); }}>
            {grid.pending ? t("grid.saving") : t("grid.save", { count: grid.changed })}
          </Button>
        </div>
      )}
      <Paragraph role="status" data-size="sm">
        {grid.saved !== null ? t("grid.saved", { count: grid.saved }) : announcement}
      </Paragraph>
    </div>
  );
}
