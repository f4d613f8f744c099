import { describe, expect, it } from "vitest";
import { insertFocusArea } from "../index.js";
import { createCouncilWithMembers, createMeasure, createMeasurePart, createProgramme, getTestDb } from "../testing/index.js";
import { tallyMeasuresByFocusArea, tallyMeasuresByOwner, tallyPartsByMunicipality } from "./measure-status.repository.js";

describe("measure status tallies", () => {
  it("give one row per top-level focus area of each current programme, sub-themes rolled into it", async () => {
    const db = await getTestDb();
    const { county, council, municipalities } = await createCouncilWithMembers(db, { memberCount: 1 });
    const first = await createProgramme(db, { ownerId: council.id, status: "adopted", focusAreaCount: 2 });
    const second = await createProgramme(db, { ownerId: council.id, status: "adopted", focusAreaCount: 1, periodStart: "2026-01-01", periodEnd: "2027-12-31" });
    const draft = await createProgramme(db, { ownerId: council.id, focusAreaCount: 1 });
    const [area, empty] = first.focusAreas;
    const subTheme = await insertFocusArea(db, { programmeId: first.programme.id, parentId: area!.id, title: "Samferdsel" });
    await createMeasure(db, { programmeId: first.programme.id, focusAreaId: area!.id, status: "completed", progress: 100 });
    const placedUnder = await createMeasure(db, { programmeId: first.programme.id, focusAreaId: subTheme.id, status: "completed", progress: 100 });
    await createMeasure(db, { programmeId: first.programme.id, status: "delayed" });
    await createMeasure(db, { programmeId: second.programme.id, focusAreaId: second.focusAreas[0]!.id });
    await createMeasure(db, { programmeId: draft.programme.id, focusAreaId: draft.focusAreas[0]!.id });
    await createMeasurePart(db, { measureId: placedUnder.id, municipalityId: municipalities[0]!.id, status: "delayed" });

    const { programmes, focusAreas } = await tallyMeasuresByFocusArea(db, council.id);
    expect(programmes.map((programme) => programme.id)).toEqual([first.programme.id, second.programme.id]);
    expect(focusAreas.map((row) => [row.programmeId, row.focusAreaId, row.tallies])).toEqual([
      [first.programme.id, area!.id, [{ status: "completed", count: 2 }]],
      [first.programme.id, empty!.id, []],
      [first.programme.id, null, [{ status: "delayed", count: 1 }]],
      [second.programme.id, second.focusAreas[0]!.id, [{ status: "planned", count: 1 }]],
    ]);
    const byOwner = await tallyMeasuresByOwner(db, county.id);
    expect(byOwner.map((row) => [row.ownerId, row.status, row.count]).sort()).toEqual(
      [[council.id, "completed", 2], [council.id, "delayed", 1], [council.id, "planned", 1]].sort(),
    );
    expect(await tallyPartsByMunicipality(db, council.id)).toEqual([
      { municipalityId: municipalities[0]!.id, municipalityName: municipalities[0]!.name, status: "delayed", count: 1 },
    ]);
  });
});
