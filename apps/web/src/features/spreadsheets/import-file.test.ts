import { describe, expect, it } from "vitest";
import { isTooLarge, looksLikeXlsx, MAX_IMPORT_KILOBYTES } from "./import-file";

describe("the import file", () => {
  it("spots files the server would refuse before sending them", () => {
    expect(isTooLarge({ size: MAX_IMPORT_KILOBYTES * 1024 })).toBe(false);
    expect(isTooLarge({ size: MAX_IMPORT_KILOBYTES * 1024 + 1 })).toBe(true);
    expect(looksLikeXlsx({ name: "Tiltak.XLSX" })).toBe(true);
    expect(looksLikeXlsx({ name: "tiltak.csv" })).toBe(false);
  });
});
