import { createI18n } from "@samspill/i18n";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { fileRefusalText } from "./file-refusal";

describe("fileRefusalText", () => {
  const t = createI18n("nb").getFixedT("nb", ["files", "common"]) as unknown as TFunction<["files", "common"]>;

  it("names the count and the limit of a file too large, with numbers as the reader writes them", () => {
    const text = fileRefusalText(t, { code: "INVALID_STATE", reason: "file_too_large", params: { count: 1200, limit: 1000, unit: "measures" } }, "nb");
    expect(text).toBe("Denne fila ville fått 1\u00a0200 tiltak, og én fil kan ha høyst 1\u00a0000. Der lista har filtre, velg færre tiltak.");
  });

  it("says the memory a render thread may use, and when to come back", () => {
    expect(fileRefusalText(t, { code: "INVALID_STATE", reason: "file_out_of_memory", params: { memoryMb: 1024 } }, "nb")).toContain("(1\u00a0024 MB)");
    expect(fileRefusalText(t, { code: "RATE_LIMITED", reason: "files_busy", params: { retryAfterSeconds: 5 } }, "nb")).toContain("om 5 sekunder");
  });

  it("falls back to the code's own text for any other reason", () => {
    expect(fileRefusalText(t, { code: "NOT_FOUND" }, "nb")).toBe(t("common:errors.NOT_FOUND"));
  });
});
