import { describe, expect, it } from "vitest";
import { currentMeasureVersions, sameMeasureVersions, type MeasureVersion } from "./measure-versions";

const measure = (id: string, programmeStatus: MeasureVersion["programmeStatus"], predecessorId: string | null = null) => ({
  id, predecessorId, programmeStatus,
});

describe("currentMeasureVersions", () => {
  it("keeps the adopted version of a measure that a revision draft has copied", () => {
    const adopted = measure("a", "adopted");
    const copy = measure("a2", "draft", "a");
    expect(currentMeasureVersions([copy, adopted])).toEqual([adopted]);
  });

  it("keeps a measure that only the draft has, and measures without versions", () => {
    const list = [measure("a", "adopted"), measure("n", "draft"), measure("b", "draft")];
    expect(currentMeasureVersions(list)).toEqual(list);
  });

  it("follows a line over several revisions to the version in force", () => {
    const list = [measure("a", "superseded"), measure("a2", "adopted", "a"), measure("a3", "draft", "a2")];
    expect(currentMeasureVersions(list).map((row) => row.id)).toEqual(["a2"]);
  });

  it("keeps the draft when the adopted version is not among those given", () => {
    expect(currentMeasureVersions([measure("a2", "draft", "a")]).map((row) => row.id)).toEqual(["a2"]);
  });
});

describe("sameMeasureVersions", () => {
  it("finds every version of a measure among those given, and only those", () => {
    const list = [measure("a", "superseded"), measure("a2", "adopted", "a"), measure("a3", "draft", "a2"), measure("b", "adopted")];
    expect(sameMeasureVersions(list, "a2").sort()).toEqual(["a", "a2", "a3"]);
    expect(sameMeasureVersions(list, "b")).toEqual(["b"]);
    expect(sameMeasureVersions(list, "x")).toEqual(["x"]);
  });
});
