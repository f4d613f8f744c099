import { describe, expect, it } from "vitest";
import { fileNameFrom, fileUrl } from "./file-download";

describe("file downloads", () => {
  it("prefers the UTF-8 file name of Content-Disposition", () => {
    const header = `attachment; filename="Handlingsprogram 2022-2023.docx"; filename*=UTF-8''Handlingsprogram%202022%E2%80%932023.docx`;
    expect(fileNameFrom(header, "x")).toBe("Handlingsprogram 2022–2023.docx");
  });

  it("falls back to the plain name, then to the given one", () => {
    expect(fileNameFrom(`attachment; filename="a.xlsx"`, "x")).toBe("a.xlsx");
    expect(fileNameFrom(null, "fallback")).toBe("fallback");
  });

  it("puts the input in the query as JSON", () => {
    expect(fileUrl("documents.programme", { programmeId: "a b" })).toBe(
      "/api/files/documents.programme?input=%7B%22programmeId%22%3A%22a%20b%22%7D",
    );
  });
});
