import { describe, expect, it } from "vitest";
import { lastImport, sourceProblem } from "./source-problem";

function trpcError(data: Record<string, unknown>): Error {
  return Object.assign(new Error("x"), { name: "TRPCClientError", data });
}

describe("sourceProblem", () => {
  it("names the source that failed and says why", () => {
    expect(sourceProblem(trpcError({ code: "BAD_GATEWAY", domainCode: "SOURCE_UNAVAILABLE", reason: "source_rate_limited", params: { source: "ssb" } })))
      .toEqual({ key: "statistics:problem.source_rate_limited", source: "ssb" });
  });

  it("explains a binding that cannot be imported, and falls back to the error code", () => {
    expect(sourceProblem(trpcError({ code: "PRECONDITION_FAILED", domainCode: "INVALID_STATE", reason: "no_source_regions" })))
      .toEqual({ key: "statistics:problem.no_source_regions", source: null });
    expect(sourceProblem(trpcError({ code: "FORBIDDEN", domainCode: "FORBIDDEN", reason: "role_not_allowed" })))
      .toEqual({ key: "common:errors.FORBIDDEN", source: null });
  });
});

describe("lastImport", () => {
  it("finds the latest import time, or none for values entered by hand", () => {
    expect(lastImport([{ points: [{ importedAt: "2025-03-01T04:00:00.000Z" }, { importedAt: null }] }, { points: [{ importedAt: "2025-03-02T04:00:00.000Z" }] }]))
      .toBe("2025-03-02T04:00:00.000Z");
    expect(lastImport([{ points: [{ importedAt: null }] }])).toBeNull();
  });
});
