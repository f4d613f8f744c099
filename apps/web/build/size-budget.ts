import type { Plugin } from "vite";
import { brotli } from "./precompress";

// The JavaScript a first visit downloads before the first page can render, as served (brotli,
// as `precompress.ts` writes it): the entry chunk with everything it imports statically,
// plus the reader's language, which the first render waits for (`loadI18n`). The build fails when
// that exceeds the budget, so a change that pulls a feature, a chart library or every language
// back into the first download is caught by `pnpm build` (and so by CI).

export const INITIAL_JS_BUDGET_BYTES = 150 * 1024;

export interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  /** Chunks this one imports statically (they load with it). */
  imports: string[];
  /** The module the chunk stands for, when it stands for one (a language's texts, say). */
  facadeModuleId: string | null;
  code: string;
}

export interface SizedChunk {
  fileName: string;
  brotliBytes: number;
}

export interface BudgetReport {
  initial: SizedChunk[];
  languages: SizedChunk[];
  /** Entry and its static imports, plus the largest language. */
  firstRenderBytes: number;
  budgetBytes: number;
}

const LANGUAGE_MODULE = /packages\/i18n\/src\/locales\/(?:nb|nn|sv|en)\.ts$/;

export function brotliSize(code: string): number {
  return brotli(code).length;
}

/** What the first visit loads, by the chunk graph of the build. */
export function budgetReport(chunks: BuiltChunk[], budgetBytes = INITIAL_JS_BUDGET_BYTES, size = brotliSize): BudgetReport {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry chunk, found ${entries.length}`);
  const initial = new Set<string>();
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entries[0]!.fileName);
  const sized = (chunk: BuiltChunk): SizedChunk => ({ fileName: chunk.fileName, brotliBytes: size(chunk.code) });
  const initialChunks = [...initial].map((fileName) => sized(byName.get(fileName)!));
  const languages = chunks.filter((chunk) => chunk.facadeModuleId && LANGUAGE_MODULE.test(chunk.facadeModuleId)).map(sized);
  if (languages.length === 0) throw new Error("No language chunk found: are the texts bundled into the entry again?");
  const firstRenderBytes = sum(initialChunks) + Math.max(...languages.map((chunk) => chunk.brotliBytes));
  return { initial: initialChunks, languages, firstRenderBytes, budgetBytes };
}

export function formatReport(report: BudgetReport): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = (chunks: SizedChunk[]) => [...chunks].sort((a, b) => b.brotliBytes - a.brotliBytes).map((c) => `  ${kb(c.brotliBytes).padStart(9)}  ${c.fileName}`);
  return [
    "Initial JavaScript (brotli):",
    ...rows(report.initial),
    `  ${kb(sum(report.initial)).padStart(9)}  entry and its static imports`,
    "Languages (one is loaded before the first render):",
    ...rows(report.languages),
    `First render: ${kb(report.firstRenderBytes)} of a ${kb(report.budgetBytes)} budget`,
  ].join("\n");
}

function sum(chunks: SizedChunk[]): number {
  return chunks.reduce((total, chunk) => total + chunk.brotliBytes, 0);
}

export function sizeBudget(budgetBytes = INITIAL_JS_BUDGET_BYTES): Plugin {
  return {
    name: "samspill-size-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === "chunk" ? [output] : []));
      const report = budgetReport(chunks, budgetBytes);
      this.info(`\n${formatReport(report)}`);
      if (report.firstRenderBytes > budgetBytes) {
        this.error(`The first render needs ${report.firstRenderBytes} bytes of JavaScript (brotli), over the budget of ${budgetBytes}.`);
      }
    },
  };
}
