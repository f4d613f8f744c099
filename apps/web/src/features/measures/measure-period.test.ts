import { describe, expect, it } from "vitest";
import { measurePeriod } from "./measure-period";

describe("measurePeriod", () => {
  it("formats a closed range in the reader's language", () => {
    expect(measurePeriod("2022-01-01", "2026-12-31", "nb")).toEqual({ kind: "range", text: "01.01.2022–31.12.2026" });
    expect(measurePeriod("2022-01-01", "2026-12-31", "sv")).toEqual({ kind: "range", text: "2022-01-01–2026-12-31" });
  });

  it("keeps an open end or start", () => {
    expect(measurePeriod("2022-01-01", null, "nb")).toEqual({ kind: "from", date: "01.01.2022" });
    expect(measurePeriod(null, "2022-06-30", "sv")).toEqual({ kind: "until", date: "2022-06-30" });
    expect(measurePeriod(null, null, "en")).toEqual({ kind: "none" });
  });
});
