import type { Executor } from "../../shared/executor.js";
import { insertDecision } from "../../meetings/meeting.repository.js";
import { insertFocusArea, insertGoal, insertProgramme } from "../../programmes/programme.repository.js";
import type { FocusAreaRow, GoalRow, NewProgramme, ProgrammeRow } from "../../programmes/programme.table.js";
import { createAgendaItem, createMeeting } from "./meetings.js";
import { createOrganisation } from "./organisations.js";
import { uniqueName } from "./unique.js";

export interface CreatedProgramme {
  programme: ProgrammeRow;
  /** Top-level focus areas in position order, one goal each. */
  focusAreas: FocusAreaRow[];
  goals: GoalRow[];
}

/**
 * A draft programme 2024–2025 with `focusAreaCount` focus areas (default 2), each with a goal.
 * Asked for as adopted (or superseded), it is adopted by a decision of a new meeting of its owner.
 */
export async function createProgramme(
  db: Executor,
  overrides: Partial<NewProgramme> & { focusAreaCount?: number } = {},
): Promise<CreatedProgramme> {
  const { focusAreaCount = 2, status, ...values } = overrides;
  const ownerId = values.ownerId ?? (await createOrganisation(db, { kind: "regional_council" })).id;
  const draft = await insertProgramme(db, {
    title: uniqueName("Programme"),
    periodStart: "2024-01-01",
    periodEnd: "2025-12-31",
    ...values,
    // A decision given by the caller adopts it as it is inserted.
    ...(values.adoptedDecisionId && status ? { status } : {}),
    ownerId,
  });
  const programme = status && status !== "draft" && !values.adoptedDecisionId ? await adopt(db, draft, status) : draft;
  const focusAreas: FocusAreaRow[] = [];
  const goals: GoalRow[] = [];
  for (let position = 0; position < focusAreaCount; position += 1) {
    const focusArea = await insertFocusArea(db, {
      programmeId: programme.id,
      title: uniqueName("Focus area"),
      position,
    });
    focusAreas.push(focusArea);
    const goal = await insertGoal(db, { programmeId: programme.id, focusAreaId: focusArea.id, title: uniqueName("Goal") });
    goals.push(goal);
  }
  return { programme, focusAreas, goals };
}

async function adopt(db: Executor, programme: ProgrammeRow, status: NonNullable<NewProgramme["status"]>): Promise<ProgrammeRow> {
  const meeting = await createMeeting(db, { councilId: programme.ownerId, heldOn: programme.periodStart });
  const item = await createAgendaItem(db, { meetingId: meeting.id });
  const decision = await insertDecision(db, {
    agendaItemId: item.id, text: `Vedtar ${programme.title}`, decidedOn: programme.periodStart, adoptsProgrammeId: programme.id,
  });
  return db
    .updateTable("programme")
    .set({ status, adoptedDecisionId: decision.id })
    .where("id", "=", programme.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
