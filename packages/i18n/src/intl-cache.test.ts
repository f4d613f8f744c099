import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "./intl-cache";

describe("Intl formatter cache", () => {
  it("builds one formatter per locale and options, and reuses it", () => {
    const options: Intl.DateTimeFormatOptions = { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" };
    expect(dateTimeFormat("nb-NO", options)).toBe(dateTimeFormat("nb-NO", { ...options }));
    expect(dateTimeFormat("nb-NO", options)).not.toBe(dateTimeFormat("sv-SE", options));
    expect(numberFormat("nb-NO", { style: "percent" })).toBe(numberFormat("nb-NO", { style: "percent" }));
    expect(numberFormat("nb-NO", { style: "percent" })).not.toBe(numberFormat("nb-NO", {}));
  });

  it("formats as a new formatter would", () => {
    expect(numberFormat("nb-NO", { style: "currency", currency: "NOK" }).format(1234.5)).toBe(
      new Intl.NumberFormat("nb-NO", { style: "currency", currency: "NOK" }).format(1234.5),
    );
  });
});
