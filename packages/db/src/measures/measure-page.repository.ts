import { sql } from "kysely";
import type { MeasureScope, MeasureStatus } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { likePattern, pageBounds, pageWithTotal, type Page, type PageInput } from "../shared/paging.js";
import type { MeasureRow } from "./measure.table.js";

export const MEASURE_SORTS = ["position", "title", "status", "progress", "endDate"] as const;
export type MeasureSort = (typeof MEASURE_SORTS)[number];

export interface MeasurePageFilter extends PageInput {
  programmeId: string;
  focusAreaId?: string | undefined;
  status?: readonly MeasureStatus[] | undefined;
  scope?: MeasureScope | undefined;
  /** A municipality's own local measures and the shared measures it has a part in. */
  municipalityId?: string | undefined;
  sdgGoal?: number | undefined;
  /** Matches title or description, case-insensitively. */
  search?: string | undefined;
  sort?: MeasureSort | undefined;
  direction?: "asc" | "desc" | undefined;
}

export type MeasureListRow = MeasureRow & { ownerName: string; responsibleName: string | null; partCount: number };

// Status sorts in the order work goes, not alphabetically.
const STATUS_ORDER = sql`array_position(array['planned','in_progress','delayed','completed','cancelled']::text[], measure.status)`;

/** One page of a programme's measures, filtered and sorted in SQL, with the total for the pager. */
export async function pageMeasures(db: Executor, filter: MeasurePageFilter): Promise<Page<MeasureListRow>> {
  let query = db.selectFrom("measure").where("measure.programmeId", "=", filter.programmeId);
  if (filter.focusAreaId) query = query.where("measure.focusAreaId", "=", filter.focusAreaId);
  if (filter.status?.length) query = query.where("measure.status", "in", filter.status);
  if (filter.scope) query = query.where("measure.scope", "=", filter.scope);
  if (filter.sdgGoal !== undefined) query = query.where(sql<boolean>`${filter.sdgGoal}::int = any(measure.sdg_goals)`);
  const search = filter.search?.trim();
  if (search) {
    const pattern = likePattern(search);
    query = query.where((eb) => eb.or([eb("measure.title", "ilike", pattern), eb("measure.description", "ilike", pattern)]));
  }
  const municipalityId = filter.municipalityId;
  if (municipalityId) {
    query = query.where((eb) =>
      eb.or([
        eb.and([eb("measure.scope", "=", "local"), eb("measure.ownerId", "=", municipalityId)]),
        eb.exists(
          eb.selectFrom("measurePart").select("measurePart.id")
            .whereRef("measurePart.measureId", "=", "measure.id")
            .where("measurePart.municipalityId", "=", municipalityId),
        ),
      ]),
    );
  }
  const { limit, offset } = pageBounds(filter);
  const direction = filter.direction ?? "asc";
  const sortKey = {
    position: sql`measure.position`,
    title: sql`lower(measure.title)`,
    status: STATUS_ORDER,
    progress: sql`measure.progress`,
    endDate: sql`measure.end_date`,
  }[filter.sort ?? "position"];
  const rows = await query
    .innerJoin("organisation as owner", "owner.id", "measure.ownerId")
    .leftJoin("organisation as responsible", "responsible.id", "measure.responsibleOrganisationId")
    .selectAll("measure")
    .select("owner.name as ownerName")
    .select("responsible.name as responsibleName")
    .select((eb) =>
      eb.selectFrom("measurePart").whereRef("measurePart.measureId", "=", "measure.id")
        .select(eb.fn.countAll<number>().as("n")).as("partCount"),
    )
    .select(sql<number>`count(*) over ()`.as("fullCount"))
    .orderBy(sql`${sortKey} ${sql.raw(direction)} nulls last`)
    .orderBy("measure.position")
    .orderBy("measure.id")
    .limit(limit)
    .offset(offset)
    .execute();
  const page = await pageWithTotal(rows, offset, async () =>
    (await query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow()).total);
  return { items: page.items.map((item) => ({ ...item, partCount: Number(item.partCount ?? 0) })), total: page.total };
}

/** The municipalities with work in a programme: owners of its local measures and holders of parts. */
export async function listMunicipalitiesWithMeasures(db: Executor, programmeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("measure")
    .select("measure.ownerId as municipalityId")
    .where("measure.programmeId", "=", programmeId)
    .where("measure.scope", "=", "local")
    .union(
      db.selectFrom("measurePart")
        .innerJoin("measure", "measure.id", "measurePart.measureId")
        .select("measurePart.municipalityId")
        .where("measure.programmeId", "=", programmeId),
    )
    .execute();
  return rows.map((row) => row.municipalityId);
}
