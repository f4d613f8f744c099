import { describe, expect, it } from "vitest";
import { CreateIndicatorInputSchema, CreateIndicatorValueInputSchema } from "./indicator";

const ID = "00000000-0000-4000-8000-000000000001";

function pathsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }): PropertyKey[][] {
  return result.error?.issues.map((issue) => issue.path) ?? [];
}

describe("CreateIndicatorInputSchema", () => {
  const companyCalls = { kind: "output", measureId: ID, name: "Bedriftsbesøk", unit: "antall", target: 145 };
  const privateJobs = {
    kind: "outcome", goalId: ID, name: "Private arbeidsplasser", source: "ssb",
    sourceRef: { source: "ssb", table: "07459", contentsCode: "Personer1" }, perMunicipality: true,
  };

  it("accepts output and outcome indicators", () => {
    expect(CreateIndicatorInputSchema.parse(companyCalls)).toMatchObject({ source: "manual", goalId: null, baseline: null });
    expect(CreateIndicatorInputSchema.safeParse(privateJobs).success).toBe(true);
    expect(CreateIndicatorInputSchema.safeParse({ ...privateJobs, source: "kolada", sourceRef: { source: "kolada", kpi: "N01951" } }).success).toBe(true);
  });

  it.each([
    [{ ...companyCalls, measureId: null }, [["measureId"]]],
    [{ ...companyCalls, goalId: ID }, [["measureId"]]],
    [{ ...privateJobs, goalId: null }, [["goalId"]]],
    [{ ...privateJobs, sourceRef: null }, [["sourceRef"]]],
    [{ ...privateJobs, sourceRef: { source: "ssb", table: "7459", contentsCode: "Personer1" } }, [["sourceRef", "table"]]],
    [{ ...companyCalls, target: "145" }, [["target"]]],
    [{ ...companyCalls, kind: "input" }, [["kind"]]],
  ])("rejects %o at %o", (bad, paths) => {
    expect(pathsOf(CreateIndicatorInputSchema.safeParse(bad))).toEqual(paths);
  });
});

describe("CreateIndicatorValueInputSchema", () => {
  it("needs a value or a status marker", () => {
    expect(CreateIndicatorValueInputSchema.safeParse({ indicatorId: ID, measuredOn: "2024-01-01", value: 32_500 }).success).toBe(true);
    expect(CreateIndicatorValueInputSchema.safeParse({ indicatorId: ID, measuredOn: "2024-01-01", value: null, status: "..", source: "ssb" }).success).toBe(true);
    expect(pathsOf(CreateIndicatorValueInputSchema.safeParse({ indicatorId: ID, measuredOn: "2024-01-01", value: null }))).toEqual([["value"]]);
    expect(pathsOf(CreateIndicatorValueInputSchema.safeParse({ indicatorId: ID, measuredOn: "2024-01-01", value: Number.NaN }))).toEqual([["value"]]);
  });
});
