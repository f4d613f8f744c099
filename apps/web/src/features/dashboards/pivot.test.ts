import { everyYear } from "./budget-section";
import { describe, expect, it } from "vitest";
import { pivot } from "./pivot";

const rows = [
  { area: "Befolkningsvekst", status: "planned", n: 2 },
  { area: "Befolkningsvekst", status: "delayed", n: 1 },
  { area: "Kompetanse", status: "planned", n: 3 },
  { area: "Befolkningsvekst", status: "planned", n: 1 },
];

describe("pivot", () => {
  it("sums per cell and keeps rows in first-seen order", () => {
    const grid = pivot(rows, (r) => r.area, (r) => r.status, (r) => r.n);
    expect(grid.rows).toEqual(["Befolkningsvekst", "Kompetanse"]);
    expect(grid.columns).toEqual(["delayed", "planned"]);
    expect(grid.cell("Befolkningsvekst", "planned")).toBe(3);
    expect(grid.cell("Kompetanse", "delayed")).toBe(0);
  });

  it("totals rows, columns and the whole, over the given column order", () => {
    const grid = pivot(rows, (r) => r.area, (r) => r.status, (r) => r.n, ["planned", "in_progress", "delayed"]);
    expect(grid.columns).toEqual(["planned", "in_progress", "delayed"]);
    expect(grid.rowTotal("Befolkningsvekst")).toBe(4);
    expect(grid.columnTotal("planned")).toBe(6);
    expect(grid.columnTotal("in_progress")).toBe(0);
    expect(grid.total).toBe(7);
  });

  it("sorts numeric columns such as years", () => {
    const grid = pivot([{ y: 2024 }, { y: 2022 }, { y: 2023 }], () => "all", (r) => r.y, () => 1);
    expect(grid.columns).toEqual([2022, 2023, 2024]);
  });
});

describe("everyYear", () => {
  it("fills the years between the first and the last, so a chart's axis never jumps", () => {
    expect(everyYear([2026, 2022, 2023])).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(everyYear([2024])).toEqual([2024]);
    expect(everyYear([])).toEqual([]);
  });
});
