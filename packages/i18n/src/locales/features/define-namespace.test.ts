import { describe, expect, it } from "vitest";
import { defineNamespace } from "./define-namespace";

describe("defineNamespace", () => {
  it("keeps every language's texts under its code", () => {
    const texts = defineNamespace(
      { title: "Reports" },
      { nb: { title: "Rapporter" }, nn: { title: "Rapportar" }, sv: { title: "Rapporter" } },
    );
    expect(texts.sv.title).toBe("Rapporter");
    expect(texts.en.title).toBe("Reports");
  });
});
