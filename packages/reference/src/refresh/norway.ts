import { addDays } from "../dates.js";
import { ReferenceSourceError } from "../http.js";
import { KLASS_CLASSIFICATIONS, type KlassChange, type KlassClassification, type KlassClient } from "../klass-client.js";
import { compareChanges, entriesOn, problemsOf, type CodeChange, type CodeEntry, type OfficialKind, type OfficialList } from "../lists.js";
import { entriesFromRanges, ValidityError } from "../validity.js";

export const NORWAY_SOURCE = {
  source: "Statistisk sentralbyrå (SSB), KLASS: 104 Standard for fylkesinndeling, 131 Standard for kommuneinndeling",
  licence: "CC BY 4.0",
} as const;

// KLASS also classifies areas outside the county division — 21 Svalbard, 22 Jan Mayen, 23 the
// continental shelf — and 99 / 9999 "Uoppgitt" (unknown); none is a county or municipality.
const OUTSIDE_DIVISION = new Set(["21", "22", "23", "99"]);
const isDivision = (code: string | null): boolean => code === null || !OUTSIDE_DIVISION.has(code.slice(0, 2));

/**
 * Norway's list from `from` to `date`: counties (104) and municipalities (131) with their
 * periods, and the changes after the list's first day. It is checked against KLASS's own
 * `codesAt` for `date` and must hold together (see problemsOf) before anything is written.
 */
export async function fetchNorway(client: KlassClient, span: { from: string; date: string }): Promise<OfficialList> {
  const to = addDays(span.date, 1);
  const counties = await fetchEntries(client, "county", span.from, to);
  const municipalities = await fetchEntries(client, "municipality", span.from, to);
  await crossCheck(client, KLASS_CLASSIFICATIONS.counties, counties, span.date);
  await crossCheck(client, KLASS_CLASSIFICATIONS.municipalities, municipalities, span.date);
  // Changes on the first day made the list's starting state; the list begins after them.
  const changes = [
    ...toChanges("county", await client.changes(KLASS_CLASSIFICATIONS.counties, addDays(span.from, 1), to)),
    ...toChanges("municipality", await client.changes(KLASS_CLASSIFICATIONS.municipalities, addDays(span.from, 1), to)),
  ].sort(compareChanges);
  const list: OfficialList = { country: "NO", ...NORWAY_SOURCE, ...span, counties, municipalities, changes };
  const problems = problemsOf(list);
  if (problems.length > 0) {
    throw new ReferenceSourceError("ssb", "malformed", `the lists do not hold together: ${problems.slice(0, 5).join("; ")}`);
  }
  return list;
}

function classificationOf(kind: OfficialKind): KlassClassification {
  return kind === "county" ? KLASS_CLASSIFICATIONS.counties : KLASS_CLASSIFICATIONS.municipalities;
}

async function fetchEntries(client: KlassClient, kind: OfficialKind, from: string, to: string): Promise<CodeEntry[]> {
  const classification = classificationOf(kind);
  const digits = kind === "county" ? 2 : 4;
  const ranges = (await client.codes(classification, from, to)).filter((range) => isDivision(range.code));
  const wrong = ranges.find((range) => !new RegExp(`^\\d{${digits}}$`).test(range.code));
  if (wrong) {
    throw new ReferenceSourceError("ssb", "malformed", `classification ${classification} lists "${wrong.code}", not a ${digits}-digit ${kind} code`);
  }
  try {
    return entriesFromRanges(ranges, { from, to }, (code) => (kind === "municipality" ? code.slice(0, 2) : undefined));
  } catch (error) {
    if (error instanceof ValidityError) throw new ReferenceSourceError("ssb", "malformed", `classification ${classification}: ${error.message}`);
    throw error;
  }
}

/** The codes and names the list holds on `date` must be exactly those KLASS lists for that day. */
async function crossCheck(client: KlassClient, classification: KlassClassification, entries: CodeEntry[], date: string): Promise<void> {
  const expected = new Map((await client.codesAt(classification, date)).filter((c) => isDivision(c.code)).map((c) => [c.code, c.name]));
  const held = new Map(entriesOn(entries, date).map((entry) => [entry.code, entry.name]));
  const differences = [
    ...[...expected].filter(([code, name]) => held.get(code) !== name).map(([code, name]) => `codesAt has ${code} ${name}`),
    ...[...held].filter(([code]) => !expected.has(code)).map(([code, name]) => `codes has ${code} ${name}`),
  ];
  if (differences.length > 0) {
    throw new ReferenceSourceError("ssb", "malformed",
      `classification ${classification}: codes and codesAt disagree on ${date}: ${differences.slice(0, 5).join("; ")}`);
  }
}

function toChanges(kind: OfficialKind, changes: KlassChange[]): CodeChange[] {
  return changes
    .filter((change) => isDivision(change.oldCode) && isDivision(change.newCode))
    .filter((change) => change.oldCode !== null || change.newCode !== null)
    .map((change) => ({
      kind, changeOccurred: change.changeOccurred,
      oldCode: change.oldCode, oldName: change.oldName, newCode: change.newCode, newName: change.newName,
    }));
}
