import { describe, expect, it } from "vitest";
import { contentDisposition } from "./file-downloads.js";
import { safeFileName } from "../trpc/file-result.js";

describe("file names of downloads", () => {
  it("gives old clients an ASCII name that keeps dashes and letters, and everyone else the UTF-8 name", () => {
    expect(contentDisposition("Handlingsprogram 2022–2023.docx")).toBe(
      `attachment; filename="Handlingsprogram 2022-2023.docx"; filename*=UTF-8''Handlingsprogram%202022%E2%80%932023.docx`,
    );
    expect(contentDisposition("Årsrapport Sør-Østerdal.docx")).toContain(`filename="Arsrapport Sor-Osterdal.docx"`);
  });

  it("never lets quotes, separators or paths into the header or the name", () => {
    expect(contentDisposition('a";b%.csv')).toContain(`filename="a__b_.csv"`);
    expect(safeFileName("../../etc/passwd\u0000\r\n", "csv")).toBe("etc passwd.csv");
    expect(safeFileName("   ", "xlsx")).toBe("samspill.xlsx");
  });
});
