import { describe, expect, it } from "vitest";
import { isTooLarge, looksLikeXlsx, MAX_IMPORT_KILOBYTES, toBase64 } from "./import-file";

describe("the import file", () => {
  it("encodes any size as base64, byte for byte", () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, index) => index % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(toBase64(new Uint8Array())).toBe("");
  });

  it("spots files the server would refuse before sending them", () => {
    expect(isTooLarge({ size: MAX_IMPORT_KILOBYTES * 1024 })).toBe(false);
    expect(isTooLarge({ size: MAX_IMPORT_KILOBYTES * 1024 + 1 })).toBe(true);
    expect(looksLikeXlsx({ name: "Tiltak.XLSX" })).toBe(true);
    expect(looksLikeXlsx({ name: "tiltak.csv" })).toBe(false);
  });
});
