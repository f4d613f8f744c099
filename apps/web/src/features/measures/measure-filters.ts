import { MEASURE_STATUSES, SDG_GOALS, type MeasureStatus } from "@samspill/domain";

// The programme page's measure filters live in the address, so a filtered list can be
// bookmarked, shared and reached with the back button. Unknown values are dropped.

export const MEASURE_SORTS = ["position", "title", "status", "progress", "endDate"] as const;
export const PAGE_SIZE = 20;

export interface MeasureFilters {
  focusAreaId?: string;
  status?: MeasureStatus;
  municipalityId?: string;
  scope?: "shared" | "local";
  sdgGoal?: number;
  sort: (typeof MEASURE_SORTS)[number];
  direction: "asc" | "desc";
  page: number;
}

const oneOf = <T extends string | number>(list: readonly T[], value: T | null | undefined): T | undefined =>
  value !== null && value !== undefined && list.includes(value) ? value : undefined;

export function parseFilters(search: string): MeasureFilters {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const page = Number(params.get("page"));
  const sdg = Number(params.get("sdg"));
  return {
    focusAreaId: text("focusArea"),
    status: oneOf(MEASURE_STATUSES, params.get("status") as MeasureStatus | null),
    municipalityId: text("municipality"),
    scope: oneOf(["shared", "local"] as const, params.get("scope") as "shared" | "local" | null),
    sdgGoal: oneOf(SDG_GOALS as readonly number[], Number.isInteger(sdg) ? sdg : undefined),
    sort: oneOf(MEASURE_SORTS, params.get("sort") as MeasureFilters["sort"] | null) ?? "position",
    direction: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for filters, keeping parameters that belong to others (such as lang). */
export function searchFor(filters: MeasureFilters, current: string): string {
  const params = new URLSearchParams(current);
  const set = (name: string, value: string | number | undefined, unless?: string | number) => {
    if (value === undefined || value === "" || value === unless) params.delete(name);
    else params.set(name, String(value));
  };
  set("focusArea", filters.focusAreaId);
  set("status", filters.status);
  set("municipality", filters.municipalityId);
  set("scope", filters.scope);
  set("sdg", filters.sdgGoal);
  set("sort", filters.sort, "position");
  set("dir", filters.direction, "asc");
  set("page", filters.page, 1);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The input to `measures.list` for the filters. */
export function listInput(programmeId: string, filters: MeasureFilters) {
  return {
    programmeId,
    ...(filters.focusAreaId ? { focusAreaId: filters.focusAreaId } : {}),
    ...(filters.status ? { status: [filters.status] } : {}),
    ...(filters.municipalityId ? { municipalityId: filters.municipalityId } : {}),
    ...(filters.scope ? { scope: filters.scope } : {}),
    ...(filters.sdgGoal ? { sdgGoal: filters.sdgGoal as never } : {}),
    sort: filters.sort,
    direction: filters.direction,
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
}
