import type { FocusAreaRow, GoalRow, ProgrammeRoleRow, ProgrammeRow } from "@samspill/db";
import { instant } from "../../trpc/instant.js";

// Plain rows as the editing procedures return them (with their version for the next edit).

export function programmeRowView(programme: ProgrammeRow) {
  return {
    id: programme.id,
    ownerId: programme.ownerId,
    strategyId: programme.strategyId,
    title: programme.title,
    introduction: programme.introduction,
    periodStart: programme.periodStart,
    periodEnd: programme.periodEnd,
    status: programme.status,
    revision: programme.revision,
    predecessorId: programme.predecessorId,
    adoptedDecisionId: programme.adoptedDecisionId,
    published: programme.published,
    publishedAt: instant(programme.publishedAt),
    version: programme.version,
  };
}

export function focusAreaRowView(area: FocusAreaRow) {
  return {
    id: area.id,
    programmeId: area.programmeId,
    parentId: area.parentId,
    title: area.title,
    heading: area.heading,
    description: area.description,
    position: area.position,
    predecessorId: area.predecessorId,
    version: area.version,
  };
}

export function goalRowView(goal: GoalRow) {
  return {
    id: goal.id,
    programmeId: goal.programmeId,
    focusAreaId: goal.focusAreaId,
    title: goal.title,
    description: goal.description,
    position: goal.position,
    predecessorId: goal.predecessorId,
    version: goal.version,
  };
}

export function roleRowView(role: ProgrammeRoleRow) {
  return { ...role };
}
