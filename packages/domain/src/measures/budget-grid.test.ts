import { describe, expect, it } from "vitest";
import {
  budgetCellKey, budgetGridCells, budgetGridChanges, budgetGridTotals, budgetGridYears, budgetRowKey,
  SaveBudgetGridInputSchema, yearsOutsidePeriod, type BudgetGridLine,
} from "./budget-grid";
import { AddMeasurePartsInputSchema } from "./measure-part";

const M = "00000000-0000-4000-8000-000000000001";
const P = "00000000-0000-4000-8000-000000000002";
const L1 = "00000000-0000-4000-8000-000000000011";
const L2 = "00000000-0000-4000-8000-000000000012";
const L3 = "00000000-0000-4000-8000-000000000013";
const nok = (amountMinor: number) => ({ amountMinor, currency: "NOK" as const });

const line = (id: string, year: number, amountMinor: number, extra: Partial<BudgetGridLine> = {}): BudgetGridLine => ({
  id, measureId: M, partId: null, fundingSource: "council_funds", year, amount: nok(amountMinor), version: 3, ...extra,
});

describe("budget grid", () => {
  it("maps one line in the programme's currency to an editable cell, anything else to a fixed one", () => {
    const cells = budgetGridCells(
      [
        line(L1, 2025, 100_00),
        line(L2, 2026, 40_00),
        line(L3, 2026, 60_00),
        { ...line("00000000-0000-4000-8000-000000000014", 2027, 5_00), amount: { amountMinor: 5_00, currency: "EUR" } },
      ],
      "NOK",
    );
    const at = (year: number) => cells.get(budgetCellKey({ measureId: M, partId: null, fundingSource: "council_funds", year }));
    expect(at(2025)).toEqual({ kind: "line", line: { id: L1, version: 3 }, amountMinor: 100_00 });
    expect(at(2026)).toEqual({ kind: "fixed", amounts: [nok(100_00)] });
    expect(at(2027)).toEqual({ kind: "fixed", amounts: [{ amountMinor: 5_00, currency: "EUR" }] });
    expect(at(2028)).toBeUndefined();
  });

  it("keeps a part's row apart from the measure's", () => {
    const cells = budgetGridCells([line(L1, 2025, 1), line(L2, 2025, 2, { partId: P })], "NOK");
    expect(cells.size).toBe(2);
    expect(budgetRowKey({ measureId: M, partId: P, fundingSource: "external" })).not.toBe(budgetRowKey({ measureId: M, partId: null, fundingSource: "external" }));
  });

  it("sends a new amount as a new line, a changed one with its line's version, an emptied one as removal", () => {
    const cells = budgetGridCells([line(L1, 2025, 100_00), line(L2, 2026, 50_00), line(L3, 2027, 10_00), line("00000000-0000-4000-8000-000000000015", 2028, 1), line("00000000-0000-4000-8000-000000000016", 2028, 2)], "NOK");
    const ref = (year: number) => ({ measureId: M, partId: null, fundingSource: "council_funds" as const, year });
    const changes = budgetGridChanges(
      cells,
      [
        { ...ref(2024), amountMinor: 20_00 },
        { ...ref(2025), amountMinor: 120_00 },
        { ...ref(2026), amountMinor: null },
        { ...ref(2027), amountMinor: 10_00 },
        { ...ref(2028), amountMinor: 7 },
        { ...ref(2029), amountMinor: null },
      ],
      "NOK",
    );
    expect(changes).toEqual([
      { ...ref(2024), amount: nok(20_00), line: null },
      { ...ref(2025), amount: nok(120_00), line: { id: L1, version: 3 } },
      { ...ref(2026), amount: null, line: { id: L2, version: 3 } },
    ]);
  });

  it("totals rows, years and the whole with the measure's budget totals", () => {
    const amounts = [
      { measureId: M, partId: null, fundingSource: "council_funds" as const, year: 2025, amount: nok(100) },
      { measureId: M, partId: null, fundingSource: "council_funds" as const, year: 2026, amount: nok(50) },
      { measureId: M, partId: P, fundingSource: "council_funds" as const, year: 2025, amount: nok(7) },
    ];
    const totals = budgetGridTotals(amounts);
    expect(totals.rows.get(budgetRowKey(amounts[0]!))).toEqual([nok(150)]);
    expect(totals.rows.get(budgetRowKey(amounts[2]!))).toEqual([nok(7)]);
    expect(totals.byYear).toEqual([{ year: 2025, amounts: [nok(107)] }, { year: 2026, amounts: [nok(50)] }]);
    expect(totals.total).toEqual([nok(157)]);
  });

  it("shows every year of the period and the years lines already have", () => {
    expect(budgetGridYears({ start: "2024-01-01", end: "2027-12-31" }, [{ year: 2029 }])).toEqual([2024, 2025, 2026, 2027, 2029]);
    expect(budgetGridYears({ start: null, end: null }, [{ year: 2026 }, { year: 2025 }])).toEqual([2025, 2026]);
  });

  it("tells which of a grid's years lie outside the period", () => {
    expect(yearsOutsidePeriod({ start: "2022-01-01", end: "2023-12-31" }, [2021, 2022, 2023, 2026])).toEqual([2021, 2026]);
    expect(yearsOutsidePeriod({ start: "2024-01-01", end: null }, [2023, 2024, 2030])).toEqual([2023]);
    expect(yearsOutsidePeriod({ start: null, end: null }, [2025, 2026])).toEqual([]);
  });

  it("refuses a cell given twice and an empty cell that stays empty, naming the cell", () => {
    const cell = { measureId: M, partId: null, fundingSource: "external" as const, year: 2025, amount: nok(1), line: null };
    const twice = SaveBudgetGridInputSchema.safeParse({ cells: [cell, { ...cell, amount: nok(2) }] });
    expect(twice.error?.issues.map((issue) => issue.path)).toEqual([["cells", 1]]);
    const empty = SaveBudgetGridInputSchema.safeParse({ cells: [{ ...cell, amount: null }] });
    expect(empty.error?.issues.map((issue) => issue.path)).toEqual([["cells", 0, "amount"]]);
  });

  it("refuses a municipality or measure named twice when adding parts", () => {
    const parsed = AddMeasurePartsInputSchema.safeParse({ measures: [{ id: M, version: 1 }], municipalityIds: [P, P] });
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([["municipalityIds", 1]]);
  });
});
