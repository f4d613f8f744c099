import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { setGoalsOfMeasure } from "../measures/measure.repository.js";
import { countQueries, createMeasure, createProgramme, getTestDb } from "../testing/index.js";
import { insertFocusArea, insertGoal } from "./programme.repository.js";
import { findProgrammeTree } from "./programme-tree.repository.js";

async function programmeWithTree(focusAreaCount: number, measuresPerArea: number) {
  const db = await getTestDb();
  const { programme, focusAreas, goals } = await createProgramme(db, { focusAreaCount });
  const subTheme = await insertFocusArea(db, {
    programmeId: programme.id,
    parentId: focusAreas[0]!.id,
    title: "Sub-theme",
  });
  const subGoal = await insertGoal(db, { programmeId: programme.id, focusAreaId: subTheme.id, title: "Sub goal" });
  for (const area of [...focusAreas, subTheme]) {
    for (let position = 0; position < measuresPerArea; position += 1) {
      await createMeasure(db, { programmeId: programme.id, focusAreaId: area.id, position });
    }
  }
  const unplaced = await createMeasure(db, { programmeId: programme.id });
  await setGoalsOfMeasure(db, unplaced.id, [goals[0]!.id, subGoal.id]);
  return { programme, focusAreas, subTheme, subGoal, unplaced };
}

describe("findProgrammeTree", () => {
  it("nests sub-themes under focus areas with their goals and measures", async () => {
    const db = await getTestDb();
    const { programme, focusAreas, subTheme, subGoal, unplaced } = await programmeWithTree(2, 2);

    const tree = await findProgrammeTree(db, programme.id);

    expect(tree?.programme.id).toBe(programme.id);
    expect(tree?.focusAreas.map((area) => area.id)).toEqual(focusAreas.map((area) => area.id));
    const [first, second] = tree?.focusAreas ?? [];
    expect(first?.children.map((child) => child.id)).toEqual([subTheme.id]);
    expect(first?.children[0]?.goals.map((goal) => goal.id)).toEqual([subGoal.id]);
    expect(first?.children[0]?.measures).toHaveLength(2);
    expect(first?.goals).toHaveLength(1);
    expect(first?.measures.map((measure) => measure.position)).toEqual([0, 1]);
    expect(second?.children).toEqual([]);
    expect(tree?.unplacedMeasures.map((measure) => measure.id)).toEqual([unplaced.id]);
    expect(tree?.unplacedMeasures[0]?.goalIds.sort()).toEqual([first!.goals[0]!.id, subGoal.id].sort());
    expect(tree?.unplacedGoals).toEqual([]);
  });

  it("uses the same number of queries for a small and a large programme", async () => {
    const db = await getTestDb();
    const small = await programmeWithTree(1, 1);
    const large = await programmeWithTree(5, 6);
    const counter = countQueries(db);

    await findProgrammeTree(counter.db, small.programme.id);
    const forSmall = counter.count();
    counter.reset();
    const tree = await findProgrammeTree(counter.db, large.programme.id);

    expect(tree?.focusAreas).toHaveLength(5);
    expect(counter.count()).toBe(forSmall);
    expect(forSmall).toBe(5);
  });

  it("returns undefined for an unknown programme", async () => {
    const db = await getTestDb();
    expect(await findProgrammeTree(db, randomUUID())).toBeUndefined();
  });
});
