import { sql } from "kysely";
import { CURRENT_PROGRAMME_STATUSES, type MeasureStatus, type StatusTally } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

// Measure status counts (packages/domain/FIGURES.md, "Measure status counts"): the measures of
// current programmes — adopted, not superseded, drafts not yet — each once, by its own status.
// Grouped in SQL; the domain's `statusCounts` adds the tallies up.

const current = [...CURRENT_PROGRAMME_STATUSES];

export interface OwnerStatusTally extends StatusTally {
  ownerId: string;
  ownerName: string;
}

/** The measures of the current programmes of every council and municipality in a county, by owner and status. One query. */
export async function tallyMeasuresByOwner(db: Executor, countyId: string): Promise<OwnerStatusTally[]> {
  const rows = await db
    .selectFrom("measure")
    .innerJoin("programme", "programme.id", "measure.programmeId")
    .innerJoin("organisation", "organisation.id", "programme.ownerId")
    .select((eb) => ["programme.ownerId", "organisation.name as ownerName", "measure.status", eb.fn.countAll<string>().as("count")])
    .where("organisation.countyId", "=", countyId)
    .where("programme.status", "in", current)
    .groupBy(["programme.ownerId", "organisation.name", "measure.status"])
    .orderBy("organisation.name")
    .orderBy("programme.ownerId")
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

export interface CurrentProgramme {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
}

export interface FocusAreaStatusTallies {
  programmeId: string;
  /** The top-level focus area; null for the measures placed under none. */
  focusAreaId: string | null;
  focusAreaTitle: string | null;
  tallies: StatusTally[];
}

export interface CouncilStatusTallies {
  programmes: CurrentProgramme[];
  /** Every top-level focus area of every current programme, sub-themes' measures rolled into them. */
  focusAreas: FocusAreaStatusTallies[];
}

/** A council's current programmes, each top-level focus area with its measures (its sub-themes' too) by status. Three queries. */
export async function tallyMeasuresByFocusArea(db: Executor, councilId: string): Promise<CouncilStatusTallies> {
  const [programmes, areas, tallies] = await Promise.all([
    db
      .selectFrom("programme")
      .select(["id", "title", "periodStart", "periodEnd"])
      .where("ownerId", "=", councilId)
      .where("status", "in", current)
      .orderBy("periodStart")
      .orderBy("title")
      .execute(),
    db
      .selectFrom("focusArea")
      .innerJoin("programme", "programme.id", "focusArea.programmeId")
      .select(["focusArea.id", "focusArea.programmeId", "focusArea.title"])
      .where("programme.ownerId", "=", councilId)
      .where("programme.status", "in", current)
      .where("focusArea.parentId", "is", null)
      .orderBy("focusArea.position")
      .orderBy("focusArea.title")
      .execute(),
    sql<{ programmeId: string; focusAreaId: string | null; status: MeasureStatus; count: string }>`
      with recursive tree (id, root_id) as (
        select f.id, f.id
        from focus_area f join programme pr on pr.id = f.programme_id
        where pr.owner_id = ${councilId} and pr.status in (${sql.join(current)}) and f.parent_id is null
        union all
        select child.id, tree.root_id from focus_area child join tree on child.parent_id = tree.id
      )
      select m.programme_id as "programmeId", tree.root_id as "focusAreaId", m.status, count(*) as count
      from measure m
      join programme pr on pr.id = m.programme_id
      left join tree on tree.id = m.focus_area_id
      where pr.owner_id = ${councilId} and pr.status in (${sql.join(current)})
      group by m.programme_id, tree.root_id, m.status`.execute(db),
  ]);
  const talliesOf = new Map<string, StatusTally[]>();
  for (const row of tallies.rows) {
    const key = `${row.programmeId}|${row.focusAreaId ?? ""}`;
    talliesOf.set(key, [...(talliesOf.get(key) ?? []), { status: row.status, count: Number(row.count) }]);
  }
  const focusAreas = programmes.flatMap((programme) => {
    const placed = areas
      .filter((area) => area.programmeId === programme.id)
      .map((area) => ({
        programmeId: programme.id, focusAreaId: area.id, focusAreaTitle: area.title,
        tallies: talliesOf.get(`${programme.id}|${area.id}`) ?? [],
      }));
    const unplaced = talliesOf.get(`${programme.id}|`);
    return unplaced ? [...placed, { programmeId: programme.id, focusAreaId: null, focusAreaTitle: null, tallies: unplaced }] : placed;
  });
  return { programmes, focusAreas };
}

export interface MunicipalityStatusTally extends StatusTally {
  municipalityId: string;
  municipalityName: string;
}

/** The parts of the shared measures of a council's current programmes, by municipality and status. One query. */
export async function tallyPartsByMunicipality(db: Executor, councilId: string): Promise<MunicipalityStatusTally[]> {
  const rows = await db
    .selectFrom("measurePart")
    .innerJoin("measure", "measure.id", "measurePart.measureId")
    .innerJoin("programme", "programme.id", "measure.programmeId")
    .innerJoin("organisation", "organisation.id", "measurePart.municipalityId")
    .select((eb) => [
      "measurePart.municipalityId", "organisation.name as municipalityName", "measurePart.status", eb.fn.countAll<string>().as("count"),
    ])
    .where("programme.ownerId", "=", councilId)
    .where("programme.status", "in", current)
    .groupBy(["measurePart.municipalityId", "organisation.name", "measurePart.status"])
    .orderBy("organisation.name")
    .orderBy("measurePart.municipalityId")
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
