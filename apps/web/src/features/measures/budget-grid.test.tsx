import { budgetCellKey, budgetGridCells, budgetRowKey, type BudgetGridLine, type BudgetGridRow } from "@samspill/domain";
import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { FormProblem } from "../../shared/forms";
import { amountInputText } from "../../shared/figures/amount-input";
import { BudgetGrid } from "./budget-grid";
import { cellOfPath, cellRefs, gridView, pasteBlock, type GridRow } from "./budget-grid-model";
import type { BudgetGridState } from "./use-budget-grid";

const M1 = "00000000-0000-4000-8000-000000000001";
const M2 = "00000000-0000-4000-8000-000000000002";
const M3 = "00000000-0000-4000-8000-000000000003";
const years = [2024, 2025, 2026];
const row = (measureId: string): BudgetGridRow => ({ measureId, partId: null, fundingSource: "council_funds" });
const rows: GridRow[] = [
  { key: budgetRowKey(row(M1)), row: row(M1), label: "1.1 Regional ladestruktur", editable: true },
  { key: budgetRowKey(row(M2)), row: row(M2), label: "1.2 Reiseliv", editable: true },
  { key: budgetRowKey(row(M3)), row: row(M3), label: "2.1 Kompetanse", editable: false },
];
const lines: BudgetGridLine[] = [
  { id: "00000000-0000-4000-8000-000000000011", ...row(M1), year: 2024, amount: { amountMinor: 100_000_00, currency: "NOK" }, version: 2 },
  { id: "00000000-0000-4000-8000-000000000013", ...row(M3), year: 2024, amount: { amountMinor: 5_000_00, currency: "NOK" }, version: 1 },
];
const cells = budgetGridCells(lines, "NOK");
const refs = cellRefs(rows, years);
const key = (measureId: string, year: number) => budgetCellKey({ ...row(measureId), year });

/** The grid as the hook would hand it over after the user typed `drafts` and a save came back with `problem`. */
function state(drafts: ReadonlyMap<string, string>, problem: FormProblem | null = null): BudgetGridState {
  const view = gridView(cells, refs, drafts, "NOK", "nb");
  const noop = () => Promise.resolve(true);
  return {
    currency: "NOK",
    textOf: (cellKey) => drafts.get(cellKey) ?? (() => { const cell = cells.get(cellKey); return cell?.kind === "line" ? amountInputText(cell.amountMinor, "nb") : ""; })(),
    cellOf: (cellKey) => cells.get(cellKey),
    totals: view.totals,
    changed: view.changes.length + view.unreadable.size,
    problem,
    attempt: problem ? 1 : 0,
    saved: null,
    pending: false,
    type: () => undefined,
    paste: () => ({ drafts: new Map(), filled: 0, left: 0 }),
    save: noop,
    reload: () => Promise.resolve(),
    reapply: noop,
  };
}

function render(grid: BudgetGridState): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <BudgetGrid grid={grid} rows={rows} years={years} caption="Regionrådets midler per tiltak og år" rowHeading="Tiltak" idPrefix="g" />
    </I18nextProvider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const nbsp = (html: string) => html.replace(/[\u00a0\u202f]/g, " ");

describe("the budget grid", () => {
  it("fills the cells from the one a block from Excel is pasted into, skipping a row the user may not change", () => {
    const pasted = pasteBlock("1 000\t2 000\t3 000\r\n400\t500\t600\r\n7\t8\t9\r\n", { rowIndex: 0, yearIndex: 0 }, { rows, years, cells, drafts: new Map() });
    expect(pasted.filled).toBe(6);
    expect(pasted.left).toBe(3);
    expect(pasted.drafts.get(key(M2, 2026))).toBe("600");
    expect(pasted.drafts.has(key(M3, 2024))).toBe(false);

    const view = gridView(cells, refs, pasted.drafts, "NOK", "nb");
    // 1 000 replaces the line of 100 000, the other five are new lines.
    expect(view.changes).toHaveLength(6);
    expect(view.changes.find((change) => change.line !== null)).toMatchObject({ year: 2024, amount: { amountMinor: 1_000_00 }, line: { version: 2 } });
    // The row the user may not change keeps its 5 000: 1 000 + 2 000 + 3 000 + 400 + 500 + 600 + 5 000.
    expect(view.totals.total).toEqual([{ amountMinor: 12_500_00, currency: "NOK" }]);
    expect(view.totals.byYear.find((sum) => sum.year === 2024)?.amounts).toEqual([{ amountMinor: 6_400_00, currency: "NOK" }]);
  });

  it("shows row, year and grand totals of what is typed", () => {
    const html = nbsp(text(render(state(new Map([[key(M2, 2025), "250 000"]])))));
    expect(html).toContain("Sum per år 105 000 kr 250 000 kr 355 000 kr");
    expect(html).toMatch(/1\.2 Reiseliv .*250 000 kr/);
  });

  it("names a cell typed wrong and a cell the server refused, by row and year, in the summary and at the cell", () => {
    const drafts = new Map([[key(M2, 2025), "mange"], [key(M1, 2026), "10"]]);
    const html = render(state(drafts, {
      code: "INVALID_INPUT", reason: null, params: {}, versionConflict: false,
      fields: { [key(M2, 2025)]: { code: "not_an_amount", params: {} } },
    }));
    expect(html).toContain('href="#g-1-1"');
    expect(text(html)).toContain("1.2 Reiseliv, 2025 må være et beløp");
    expect(html).toMatch(/id="g-1-1"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="g-1-1"/);
    expect(html).toContain('aria-describedby="g-1-1-error"');

    const conflict = render(state(drafts, {
      code: "CONFLICT", reason: "version_mismatch", params: {}, versionConflict: true,
      fields: { [cellOfPath([{ ...row(M1), year: 2024, amount: null, line: null }], "cells.0") ?? ""]: { code: "custom", params: { reason: "version_mismatch" } } },
    }));
    expect(text(conflict)).toContain("1.1 Regional ladestruktur, 2024: noen andre endret dette beløpet først.");
    expect(text(conflict)).toContain("Noen andre endret budsjettet først.");
  });
});
