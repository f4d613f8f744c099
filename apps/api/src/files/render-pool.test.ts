import { describe, expect, it } from "vitest";
import type { FileJob, MeasureDocument } from "@samspill/documents";
import { RenderPool } from "./render-pool.js";

// The render pool makes files in worker threads (under vitest as under tsx in production): this
// thread keeps running while a big document is made, and a thread that dies fails only its file.

function measure(index: number): MeasureDocument {
  return {
    number: `1.${index}`, title: `Regional ladestruktur ${index}`, description: "Hver kommune bygger ut sin del av ladestrukturen. ".repeat(8),
    scope: "shared", ownerName: "Hamarregionen IPR", responsibleOrganisation: "Hamarregionen IPR", responsiblePerson: null,
    startDate: "2024-01-01", endDate: "2025-12-31", status: "in_progress", progress: 40, goals: ["Bedre samferdsel"],
    budget: [{ year: 2024, fundingSource: "council_funds", amount: { amountMinor: 25_000_000, currency: "NOK" } }],
    parts: [],
  };
}

/** An action programme of `count` measures, as the API hands it to the pool. */
export function programmeJob(count: number): FileJob {
  return {
    kind: "programme",
    language: "nb",
    data: {
      council: { name: "Hamarregionen IPR", logo: null }, title: "Handlingsprogram 2024–2025", periodStart: "2024-01-01", periodEnd: "2025-12-31",
      status: "draft", revision: 1, introduction: "", strategy: null, adoption: null,
      focusAreas: [{
        title: "Samferdsel", heading: null, description: "", subThemes: [], goals: [],
        measures: Array.from({ length: count }, (_, index) => measure(index + 1)),
      }],
      otherGoals: [], otherMeasures: [], generatedOn: "2024-05-01",
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

describe("RenderPool", () => {
  it("makes a big Word document in a thread while this thread's timers keep running", async () => {
    const pool = new RenderPool({ size: 1, memoryMb: 512 });
    let done = false;
    const rendering = pool.render(programmeJob(40)).finally(() => {
      done = true;
    });
    // Three timers in a row fire while the document is still being made: the event loop was free.
    let ticks = 0;
    for (; ticks < 3; ticks += 1) await sleep(20);
    expect({ ticks, done }).toEqual({ ticks: 3, done: false });
    expect(isZip(await rendering)).toBe(true);
    expect(pool.threads).toBe(1);
    await pool.close();
  }, 120_000);

  it("fails a file whose thread runs out of memory, naming the limit, and makes the next one in a fresh thread", async () => {
    const died: string[] = [];
    const pool = new RenderPool({ size: 1, memoryMb: 64, onThreadDied: (_error, kind) => died.push(kind) });
    await expect(pool.render(programmeJob(3000))).rejects.toMatchObject({
      code: "INVALID_STATE", reason: "file_out_of_memory", params: { memoryMb: 64 },
    });
    expect(died).toEqual(["programme"]);
    expect(pool.threads).toBe(0);
    expect(isZip(await pool.render(programmeJob(1)))).toBe(true);
    await pool.close();
  }, 120_000);

  it("fails a file whose thread exits, and makes the next one in a fresh thread", async () => {
    const exiting = new RenderPool({ size: 1, memoryMb: 128, workerUrl: new URL("./exiting-worker.test-support.mjs", import.meta.url) });
    await expect(exiting.render(programmeJob(1))).rejects.toMatchObject({ code: "INVALID_STATE", reason: "file_failed" });
    expect(exiting.threads).toBe(0);
    await exiting.close();
  });
});
