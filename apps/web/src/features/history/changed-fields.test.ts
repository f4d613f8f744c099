import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields";

describe("changedFields", () => {
  it("lists what changed, leaving the version out", () => {
    expect(changedFields({ title: "a", progress: 1, version: 1 }, { title: "b", progress: 1, version: 2 })).toEqual(["title"]);
  });

  it("treats a missing side as empty", () => {
    expect(changedFields(null, { body: "x" })).toEqual(["body"]);
    expect(changedFields(undefined, undefined)).toEqual([]);
  });
});
