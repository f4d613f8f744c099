import { z } from "zod";
import type { FieldIssue } from "../shared/field-issues";
import { fillDown, matchName, nameKey, type PastedLine } from "../shared/pasted-lines";
import { IdSchema, TitleSchema, optionalText, requiredText } from "../shared/primitives";
import { officialName, type NamedOrganisation } from "../organisations/official-name";

// A programme's structure, goals and measures pasted as lines, one item per line. The browser
// turns the pasted text into these rows for its preview and checks them with these schemas and
// rules; the server checks the same again and writes all rows or none. Names (of focus areas,
// sub-themes, organisations) are matched case-insensitively; a name that matches nothing, or
// more than one thing, is refused at its row and column (`items.3.focusArea`).

/** How many lines one paste may hold: a whole programme's structure, with room to spare. */
export const PASTE_LIMIT = 200;

const blankToNull = (cell: string | undefined) => (cell ? cell : null);
const items = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(PASTE_LIMIT);

export const PastedStructureRowSchema = z.strictObject({
  focusArea: TitleSchema,
  heading: optionalText(200).nullable(),
  subTheme: TitleSchema.nullable(),
});
export type PastedStructureRow = z.infer<typeof PastedStructureRowSchema>;
export const AddStructureInputSchema = z.strictObject({ programmeId: IdSchema, items: items(PastedStructureRowSchema) });
export type AddStructureInput = z.infer<typeof AddStructureInputSchema>;

export const PastedGoalSchema = z.strictObject({ title: requiredText(500), focusArea: TitleSchema.nullable() });
export type PastedGoal = z.infer<typeof PastedGoalSchema>;
export const AddGoalsInputSchema = z.strictObject({ programmeId: IdSchema, items: items(PastedGoalSchema) });
export type AddGoalsInput = z.infer<typeof AddGoalsInputSchema>;

export const PastedMeasureSchema = z.strictObject({
  title: TitleSchema,
  /** A focus area or sub-theme of the programme. */
  focusArea: TitleSchema.nullable(),
  /** A member municipality makes the measure local to it; blank (or the programme's owner) makes it shared. */
  responsibleOrganisation: TitleSchema.nullable(),
  responsiblePerson: optionalText(200),
});
export type PastedMeasure = z.infer<typeof PastedMeasureSchema>;
export const AddMeasuresInputSchema = z.strictObject({ programmeId: IdSchema, items: items(PastedMeasureSchema) });
export type AddMeasuresInput = z.infer<typeof AddMeasuresInputSchema>;

/** The pasted columns of each target, in the order they are pasted. */
export const PASTE_COLUMNS = {
  structure: ["focusArea", "heading", "subTheme"],
  goals: ["title", "focusArea"],
  measures: ["title", "focusArea", "responsibleOrganisation", "responsiblePerson"],
} as const;

/** `focus area ⇥ heading ⇥ sub-theme`; a blank focus area is the one above (merged cells). */
export function structureRowsOf(lines: readonly PastedLine[]): PastedStructureRow[] {
  return fillDown(lines, 0).map(({ cells: [focusArea = "", heading, subTheme] }) => ({
    focusArea, heading: blankToNull(heading), subTheme: blankToNull(subTheme),
  }));
}

/** One sub-theme per line, all under one focus area. */
export function subThemeRowsOf(lines: readonly PastedLine[], focusArea: string): PastedStructureRow[] {
  return lines.map(({ cells: [subTheme] }) => ({ focusArea, heading: null, subTheme: blankToNull(subTheme) }));
}

/** `goal ⇥ focus area`. */
export function goalRowsOf(lines: readonly PastedLine[]): PastedGoal[] {
  return lines.map(({ cells: [title = "", focusArea] }) => ({ title, focusArea: blankToNull(focusArea) }));
}

/** `title ⇥ focus area or sub-theme ⇥ responsible organisation ⇥ responsible person`. */
export function measureRowsOf(lines: readonly PastedLine[]): PastedMeasure[] {
  return lines.map(({ cells: [title = "", focusArea, organisation, person = ""] }) => ({
    title, focusArea: blankToNull(focusArea), responsibleOrganisation: blankToNull(organisation), responsiblePerson: person,
  }));
}

// ---- Matching names with what the programme has -------------------------------------------

export interface NamedArea {
  id: string;
  parentId: string | null;
  title: string;
}

export interface PasteOrganisation {
  id: string;
  /** Every name it may be written as: name, short name, official name. */
  names: ReadonlyArray<string | null>;
}

/** The names an organisation may be pasted as: `Stange`, its short name, `Stange kommune`. */
export function pasteNamesOf(organisation: NamedOrganisation & { id: string; shortName?: string | null }): PasteOrganisation {
  return { id: organisation.id, names: [organisation.name, organisation.shortName ?? null, officialName(organisation)] };
}

const refused = (index: number, field: string, reason: string): FieldIssue => ({
  path: `items.${index}.${field}`, code: "custom", params: { reason },
});

type Resolved<T> = { ok: true; value: T } | { ok: false; issue: FieldIssue };

function resolveName<T>(options: readonly T[], name: string, namesOf: (option: T) => ReadonlyArray<string | null>, index: number, field: string): Resolved<T> {
  const match = matchName(options, name, namesOf);
  if ("found" in match) return { ok: true, value: match.found };
  return { ok: false, issue: refused(index, field, match.missing === "unknown" ? `${field}_unknown` : `${field}_ambiguous`) };
}

/** What one row of a structure paste does: to a new or an existing focus area, with one sub-theme or none. */
export interface StructureStep {
  index: number;
  /** The existing focus area, or null when this paste creates it (on its first row). */
  existingId: string | null;
  focusArea: string;
  heading: string | null;
  /** True on the row that creates the area: later rows of the same name add to it. */
  createsArea: boolean;
  /** The same for every row of one area: its id when it exists, `new:<name>` when this paste creates it. */
  areaKey: string;
  subTheme: string | null;
}

/**
 * Which areas a structure paste creates and which existing ones it adds to: an area named like
 * an existing focus area (or an earlier row) is that area, not a second one; its heading is the
 * first given for it. A sub-theme its area already has, or that the paste repeats, is refused.
 */
export function planStructure(rows: readonly PastedStructureRow[], areas: readonly NamedArea[]): { steps: StructureStep[]; issues: FieldIssue[] } {
  const topLevel = areas.filter((area) => area.parentId === null);
  const existingSubThemes = new Set(areas.filter((area) => area.parentId !== null).map((area) => `${area.parentId}\u0000${nameKey(area.title)}`));
  const created = new Map<string, StructureStep>();
  const subThemesOf = new Set<string>();
  const steps: StructureStep[] = [];
  const issues: FieldIssue[] = [];
  rows.forEach((row, index) => {
    const key = nameKey(row.focusArea);
    const match = matchName(topLevel, row.focusArea, (area) => [area.title]);
    if ("missing" in match && match.missing === "ambiguous") {
      issues.push(refused(index, "focusArea", "focusArea_ambiguous"));
      return;
    }
    const existing = "found" in match ? match.found : null;
    const first = existing ? undefined : created.get(key);
    const step: StructureStep = {
      index, existingId: existing?.id ?? null, focusArea: existing?.title ?? first?.focusArea ?? row.focusArea,
      heading: first?.heading ?? row.heading, createsArea: !existing && !first, areaKey: existing?.id ?? `new:${key}`,
      subTheme: row.subTheme,
    };
    if (step.createsArea) created.set(key, step);
    if (row.subTheme !== null) {
      const subKey = `${step.areaKey}\u0000${nameKey(row.subTheme)}`;
      if (existingSubThemes.has(subKey) || subThemesOf.has(subKey)) issues.push(refused(index, "subTheme", "subTheme_exists"));
      subThemesOf.add(subKey);
    }
    steps.push(step);
  });
  return { steps, issues };
}

/** The focus area (or sub-theme) each pasted goal or measure names, by id; null where none is named. */
export function placesOf(rows: ReadonlyArray<{ focusArea: string | null }>, areas: readonly NamedArea[]): { ids: Array<string | null>; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const ids = rows.map((row, index) => {
    if (row.focusArea === null) return null;
    const place = resolveName(areas, row.focusArea, (area) => [area.title], index, "focusArea");
    if (place.ok) return place.value.id;
    issues.push(place.issue);
    return null;
  });
  return { ids, issues };
}

export interface MeasureOwnership {
  scope: "shared" | "local";
  ownerId: string;
  responsibleOrganisationId: string | null;
}

/**
 * Whose each pasted measure is: a member municipality named as responsible makes it that
 * municipality's local measure; the programme's owner, or no one, makes it shared.
 */
export function ownershipOf(
  rows: ReadonlyArray<{ responsibleOrganisation: string | null }>,
  owner: PasteOrganisation,
  members: readonly PasteOrganisation[],
): { ownerships: MeasureOwnership[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const shared: MeasureOwnership = { scope: "shared", ownerId: owner.id, responsibleOrganisationId: null };
  const ownerships = rows.map((row, index): MeasureOwnership => {
    if (row.responsibleOrganisation === null) return shared;
    const found = resolveName([owner, ...members], row.responsibleOrganisation, (organisation) => organisation.names, index, "responsibleOrganisation");
    if (!found.ok) {
      issues.push(found.issue);
      return shared;
    }
    if (found.value.id === owner.id) return { ...shared, responsibleOrganisationId: owner.id };
    return { scope: "local", ownerId: found.value.id, responsibleOrganisationId: found.value.id };
  });
  return { ownerships, issues };
}
