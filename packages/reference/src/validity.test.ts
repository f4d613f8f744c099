import { describe, expect, it } from "vitest";
import type { CodeEntry } from "./lists.js";
import { entriesFromRanges, mergeSnapshot, ValidityError, type RangedCode } from "./validity.js";

const requested = { from: "2020-01-01", to: "2026-01-01" };
const countyOf = (code: string) => code.slice(0, 2);
const range = (code: string, name: string, from: string, to: string | null): RangedCode =>
  ({ code, name, validFromInRequestedRange: from, validToInRequestedRange: to });

describe("KLASS ranges as dated entries", () => {
  it("ends a code the day before its exclusive end and leaves a range that reaches the requested end open", () => {
    expect(entriesFromRanges([
      range("3240", "Eidsvoll", "2024-01-01", "2026-01-01"),
      range("3035", "Eidsvoll", "2020-01-01", "2024-01-01"),
      range("3403", "Hamar", "2020-01-01", null),
    ], requested, countyOf)).toEqual([
      { code: "3035", name: "Eidsvoll", county: "30", validFrom: "2020-01-01", validTo: "2023-12-31" },
      { code: "3240", name: "Eidsvoll", county: "32", validFrom: "2024-01-01", validTo: null },
      { code: "3403", name: "Hamar", county: "34", validFrom: "2020-01-01", validTo: null },
    ]);
  });

  it("joins one code's ranges per classification version into one period", () => {
    expect(entriesFromRanges([
      range("0301", "Oslo", "2024-01-01", "2026-01-01"),
      range("0301", "Oslo", "2020-01-01", "2024-01-01"),
    ], requested, () => undefined)).toEqual([{ code: "0301", name: "Oslo", validFrom: "2020-01-01", validTo: null }]);
  });

  // A made-up date: the shape of a renaming, not its history.
  it("keeps a renaming as two periods of the same code, the old name ending the day before the new one starts", () => {
    expect(entriesFromRanges([
      range("1875", "Hamarøy", "2020-01-01", "2022-01-01"),
      range("1875", "Hábmer - Hamarøy", "2022-01-01", "2026-01-01"),
    ], requested, () => undefined)).toEqual([
      { code: "1875", name: "Hamarøy", validFrom: "2020-01-01", validTo: "2021-12-31" },
      { code: "1875", name: "Hábmer - Hamarøy", validFrom: "2022-01-01", validTo: null },
    ]);
  });

  it("refuses a code with two names on the same day, and a range that ends before it starts", () => {
    expect(() => entriesFromRanges([
      range("3419", "Våler (Innlandet)", "2020-01-01", "2026-01-01"),
      range("3419", "Våler", "2023-01-01", "2026-01-01"),
    ], requested, () => undefined)).toThrow(ValidityError);
    expect(() => entriesFromRanges([range("3419", "Våler", "2024-01-01", "2023-01-01")], requested, () => undefined))
      .toThrow(/ends \(2023-01-01\) before it starts/);
  });
});

describe("merging SCB's undated listing into the list held so far", () => {
  const on = { from: "2020-01-01", date: "2026-03-01", kind: "municipality" as const };
  const entry = (code: string, name: string, validFrom = "2020-01-01", validTo: string | null = null): CodeEntry =>
    ({ code, name, county: code.slice(0, 2), validFrom, validTo });

  it("counts a first listing from the list's first day, with no changes", () => {
    const merged = mergeSnapshot([], [{ code: "0884", name: "Vimmerby", county: "08" }], on);
    expect(merged).toEqual({ entries: [entry("0884", "Vimmerby")], changes: [] });
  });

  it("keeps what is unchanged, ends what SCB no longer lists, and dates new codes and names by the refresh", () => {
    const previous = [entry("0880", "Kalmar"), entry("0884", "Vimmerby"), entry("0885", "Borgholm"), entry("0860", "Hultsfred", "2020-01-01", "2021-12-31")];
    const { entries, changes } = mergeSnapshot(previous, [
      { code: "0880", name: "Kalmar", county: "08" },
      { code: "0884", name: "Vimmerby kommun", county: "08" },
      { code: "0886", name: "Nybro-Borgholm", county: "08" },
    ], on);
    expect(entries).toEqual([
      entry("0860", "Hultsfred", "2020-01-01", "2021-12-31"),
      entry("0880", "Kalmar"),
      entry("0884", "Vimmerby", "2020-01-01", "2026-02-28"),
      entry("0884", "Vimmerby kommun", "2026-03-01"),
      entry("0885", "Borgholm", "2020-01-01", "2026-02-28"),
      entry("0886", "Nybro-Borgholm", "2026-03-01"),
    ]);
    expect(changes).toEqual([
      { kind: "municipality", changeOccurred: "2026-03-01", oldCode: "0884", oldName: "Vimmerby", newCode: "0884", newName: "Vimmerby kommun" },
      { kind: "municipality", changeOccurred: "2026-03-01", oldCode: "0885", oldName: "Borgholm", newCode: null, newName: null },
      { kind: "municipality", changeOccurred: "2026-03-01", oldCode: null, oldName: null, newCode: "0886", newName: "Nybro-Borgholm" },
    ]);
  });

  it("changes nothing when the listing is the same", () => {
    const previous = [entry("0880", "Kalmar"), entry("0884", "Vimmerby")];
    const merged = mergeSnapshot(previous, previous.map(({ code, name, county }) => ({ code, name, county })), on);
    expect(merged).toEqual({ entries: previous, changes: [] });
  });
});
