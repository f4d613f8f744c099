import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatDateTime, formatMoney, formatNumber, formatPercent } from "./format";

// Intl separates groups and units with no-break spaces; compare with ordinary spaces.
const plain = (text: string) => text.replace(/\s/g, " ");

describe("formatDate", () => {
  it("writes Norwegian dates as day.month.year", () => {
    expect(formatDate("2024-12-31", "nb")).toBe("31.12.2024");
    expect(formatDate("2024-01-05", "nn")).toBe("05.01.2024");
  });

  it("writes Swedish dates as ISO year-month-day", () => {
    expect(formatDate("2024-12-31", "sv")).toBe("2024-12-31");
  });

  it("writes English dates in British order", () => {
    expect(formatDate("2024-12-31", "en")).toBe("31/12/2024");
  });

  it("spells out the month in the long style", () => {
    expect(formatDate("2024-12-31", "nb", "long")).toBe("31. desember 2024");
    expect(formatDate("2024-12-31", "sv", "long")).toBe("31 december 2024");
  });

  it("keeps the calendar day whatever the time zone", () => {
    expect(formatDate("2024-01-01", "nb")).toBe("01.01.2024");
  });

  it("rejects text that is not an ISO date", () => {
    expect(() => formatDate("31.12.2024", "nb")).toThrow(RangeError);
  });

  it("joins a range with an en dash", () => {
    expect(formatDateRange("2022-01-01", "2023-12-31", "nb")).toBe("01.01.2022–31.12.2023");
  });
});

describe("formatMoney", () => {
  it("turns øre into kroner with the unit after the amount in Bokmål", () => {
    expect(plain(formatMoney(123450, "NOK", "nb"))).toBe("1 234,50 kr");
  });

  it("turns öre into kronor in Swedish", () => {
    expect(plain(formatMoney(123450, "SEK", "sv"))).toBe("1 234,50 kr");
  });

  it("names a foreign currency so NOK and SEK are never confused", () => {
    expect(plain(formatMoney(123450, "SEK", "nb"))).toBe("1 234,50 SEK");
    expect(plain(formatMoney(123450, "NOK", "en"))).toBe("NOK 1,234.50");
  });

  it("rounds to whole units on request", () => {
    expect(plain(formatMoney(500000000, "NOK", "nb", { wholeUnits: true }))).toBe("5 000 000 kr");
  });
});

describe("formatNumber and formatPercent", () => {
  it("groups digits by locale", () => {
    expect(plain(formatNumber(10000, "nb"))).toBe("10 000");
    expect(formatNumber(10000, "en")).toBe("10,000");
  });

  it("takes a percentage, not a ratio", () => {
    expect(plain(formatPercent(45, "nb"))).toBe("45 %");
    expect(plain(formatPercent(45, "sv"))).toBe("45 %");
    expect(formatPercent(45, "en")).toBe("45%");
  });
});

describe("formatDateTime", () => {
  it("gives the date and the time in Norway and Sweden, summer time included", () => {
    expect(formatDateTime("2025-03-01T04:00:00Z", "nb")).toBe("01.03.2025, 05:00");
    expect(formatDateTime("2025-07-01T04:00:00.000Z", "sv")).toBe("2025-07-01 06:00");
    expect(formatDateTime("2025-03-01T04:00:00Z", "en", "UTC")).toBe("01/03/2025, 04:00");
    expect(() => formatDateTime("soon", "nb")).toThrow(RangeError);
  });
});
