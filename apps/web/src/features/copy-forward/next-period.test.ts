import { describe, expect, it } from "vitest";
import { nextPeriod, nextTitle } from "./next-period";

describe("the suggested next period", () => {
  it("follows a two-year programme with the next two calendar years", () => {
    expect(nextPeriod({ periodStart: "2022-01-01", periodEnd: "2023-12-31" })).toEqual({ periodStart: "2024-01-01", periodEnd: "2025-12-31" });
  });

  it("keeps a school-year period in step", () => {
    expect(nextPeriod({ periodStart: "2023-08-01", periodEnd: "2024-07-31" })).toEqual({ periodStart: "2024-08-01", periodEnd: "2025-07-31" });
  });

  it("counts days when the period is not whole months", () => {
    expect(nextPeriod({ periodStart: "2024-01-15", periodEnd: "2024-03-20" })).toEqual({ periodStart: "2024-03-21", periodEnd: "2024-05-25" });
  });
});

describe("the suggested title", () => {
  const current = { periodStart: "2022-01-01", periodEnd: "2023-12-31" };
  const next = { periodStart: "2024-01-01", periodEnd: "2025-12-31" };

  it("moves the years on in the current title", () => {
    expect(nextTitle("Handlingsprogram 2022–2023", current, next, "Handlingsprogram")).toBe("Handlingsprogram 2024–2025");
    expect(nextTitle("Handlingsplan 2022-2023 för Dalarna", current, next, "Handlingsplan")).toBe("Handlingsplan 2024–2025 för Dalarna");
  });

  it("names the programme by its term when the title has no years", () => {
    expect(nextTitle("Regionalt samarbeid", current, next, "Handlingsprogram")).toBe("Handlingsprogram 2024–2025");
  });
});
