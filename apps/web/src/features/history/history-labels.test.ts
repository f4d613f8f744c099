import { describe, expect, it } from "vitest";
import { actionKey, isCreation } from "./history-labels";

describe("history labels", () => {
  it("names the measure's audit actions and leaves unknown ones be", () => {
    expect(actionKey("measure.updated")).toBe("updated");
    expect(actionKey("measure.sdg_goals_set")).toBe("sdgGoalsSet");
    expect(actionKey("measure.unheard_of")).toBeUndefined();
    expect(actionKey("toString")).toBeUndefined();
  });

  it("treats creation and import as the start of the measure", () => {
    expect(isCreation("measure.created")).toBe(true);
    expect(isCreation("measure.imported")).toBe(true);
    expect(isCreation("measure.updated")).toBe(false);
  });
});
