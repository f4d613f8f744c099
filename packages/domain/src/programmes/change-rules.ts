import type { ProgrammeStatus } from "../shared/enums";
import { DomainError } from "../shared/errors";

// "Adopted means adopted" (PRODUCT.md). What the council decided — the programme's structure —
// changes only in a draft: a new programme, or a revision of an adopted one that a new decision
// then adopts. Follow-up goes on while the programme is adopted. A superseded version is
// history: its unfinished work was carried into the revision, where it goes on.

export type ChangeKind = "structure" | "follow_up";

/** Every kind of change to a programme or what hangs on it, and whether it is structure or follow-up. */
export const PROGRAMME_CHANGES = {
  /** Title, introduction, period and strategy of the programme. */
  programme_details: "structure",
  /** Focus areas and sub-themes: add, edit, move, remove. */
  focus_areas: "structure",
  goals: "structure",
  /** Adding or removing a measure, also by importing a file. */
  measures_added_or_removed: "structure",
  /** A measure's title, description, focus area, order and the goals it serves. */
  measure_definition: "structure",
  /** A measure's status, progress, responsible organisation and person, dates, SDG tags and obligations. */
  measure_follow_up: "follow_up",
  /** Municipalities' parts: adding, removing, their status, progress, contact and budget share. */
  measure_parts: "follow_up",
  budget_lines: "follow_up",
  /** Indicators, their sources and their values: how progress is measured and what was measured. */
  indicators: "follow_up",
  /** Who does what in the follow-up (seed 002). */
  roles: "follow_up",
} as const satisfies Record<string, ChangeKind>;
export type ProgrammeChange = keyof typeof PROGRAMME_CHANGES;

const TAKES: Record<ProgrammeStatus, readonly ChangeKind[]> = {
  draft: ["structure", "follow_up"],
  adopted: ["follow_up"],
  superseded: [],
};

/** Why a programme in this status does not take this change, or null when it does. */
export function programmeChangeRefusal(status: ProgrammeStatus, change: ProgrammeChange): string | null {
  if (TAKES[status].includes(PROGRAMME_CHANGES[change])) return null;
  return status === "superseded" ? "programme_superseded" : "programme_adopted_use_revision";
}

export function programmeTakes(status: ProgrammeStatus, change: ProgrammeChange): boolean {
  return programmeChangeRefusal(status, change) === null;
}

/** INVALID_STATE with the reason the client explains: start a revision, or this version is history. */
export function assertProgrammeTakes(programme: { id: string; status: ProgrammeStatus }, change: ProgrammeChange): void {
  const reason = programmeChangeRefusal(programme.status, change);
  if (reason === null) return;
  throw new DomainError("INVALID_STATE", { reason, params: { programmeId: programme.id, status: programme.status, change } });
}

/** The measure fields that are the council's decision; every other field is follow-up. */
export const MEASURE_DEFINITION_FIELDS = ["title", "description", "focusAreaId", "position", "goalIds"] as const;
type DefinitionField = (typeof MEASURE_DEFINITION_FIELDS)[number];

type MeasureDefinition = { [K in Exclude<DefinitionField, "goalIds">]: string | number | null } & { goalIds: readonly string[] };

function sameGoals(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

/**
 * Which change an edit of a measure is. A definition field counts only when its value differs,
 * so a form that sends the unchanged title along with a new status is follow-up.
 */
export function measureEditChange(current: MeasureDefinition, patch: Partial<MeasureDefinition>): ProgrammeChange {
  const changed = MEASURE_DEFINITION_FIELDS.some((field) => {
    const next = patch[field];
    if (next === undefined) return false;
    if (field === "goalIds") return !sameGoals(current.goalIds, next as readonly string[]);
    return next !== current[field];
  });
  return changed ? "measure_definition" : "measure_follow_up";
}
