import { ReferenceSourceError } from "../http.js";
import { compareChanges, problemsOf, type OfficialList } from "../lists.js";
import type { ScbClient } from "../scb-client.js";
import { mergeSnapshot } from "../validity.js";

export const SWEDEN_SOURCE = {
  source: "Statistiska centralbyrån (SCB), table BE0101A/BefolkningNy, variable Region",
  licence: "CC0 1.0",
} as const;

/**
 * Sweden's list on `date`: SCB's län and kommuner merged into the list held so far (SCB gives
 * no dates, see mergeSnapshot). Without a previous list the first listing counts from `from`;
 * with one, the list keeps its own `from`.
 */
export async function fetchSweden(
  client: ScbClient,
  previous: OfficialList | undefined,
  span: { from: string; date: string },
): Promise<OfficialList> {
  const regions = await client.regions();
  const from = previous?.from ?? span.from;
  if (previous && span.date < previous.date) {
    throw new ReferenceSourceError("scb", "malformed", `the list already holds ${previous.date}; a refresh cannot go back to ${span.date}`);
  }
  const counties = mergeSnapshot(previous?.counties ?? [], regions.counties, { from, date: span.date, kind: "county" });
  const municipalities = mergeSnapshot(previous?.municipalities ?? [], regions.municipalities, { from, date: span.date, kind: "municipality" });
  const list: OfficialList = {
    country: "SE", ...SWEDEN_SOURCE, from, date: span.date,
    counties: counties.entries,
    municipalities: municipalities.entries,
    changes: [...(previous?.changes ?? []), ...counties.changes, ...municipalities.changes].sort(compareChanges),
  };
  const problems = problemsOf(list);
  if (problems.length > 0) {
    throw new ReferenceSourceError("scb", "malformed", `the lists do not hold together: ${problems.slice(0, 5).join("; ")}`);
  }
  return list;
}
