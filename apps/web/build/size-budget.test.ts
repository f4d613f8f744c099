import { describe, expect, it } from "vitest";
import { budgetReport, type BuiltChunk } from "./size-budget";

function chunk(fileName: string, bytes: number, extra: Partial<BuiltChunk> = {}): BuiltChunk {
  return { fileName, isEntry: false, imports: [], facadeModuleId: null, code: "x".repeat(bytes), ...extra };
}

// Sized by their length, so the sums are plain to read.
const length = (code: string) => code.length;

describe("budgetReport", () => {
  const chunks = [
    chunk("index.js", 100, { isEntry: true, imports: ["react.js", "shell.js"] }),
    chunk("react.js", 50),
    chunk("shell.js", 20, { imports: ["react.js"] }),
    chunk("programme-page.js", 400, { imports: ["react.js"] }),
    chunk("nb.js", 30, { facadeModuleId: "/repo/packages/i18n/src/locales/nb.ts" }),
    chunk("sv.js", 35, { facadeModuleId: "/repo/packages/i18n/src/locales/sv.ts" }),
  ];

  it("counts the entry, what it imports statically and the largest language, not lazy pages", () => {
    const report = budgetReport(chunks, 1000, length);
    expect(report.initial.map((c) => c.fileName).sort()).toEqual(["index.js", "react.js", "shell.js"]);
    expect(report.firstRenderBytes).toBe(100 + 50 + 20 + 35);
  });

  it("finds no language when the texts are bundled into the entry", () => {
    expect(() => budgetReport(chunks.filter((c) => !c.facadeModuleId), 1000, length)).toThrow(/No language chunk/);
  });
});
