import { listDecisionsAbout, type Executor } from "@samspill/db";
import { can, type Actor, type DecisionLink } from "@samspill/domain";
import { meetingResource } from "./meeting-access.js";

/**
 * "Decisions: 12/23 …" on a programme's, measure's or agreement's page: the decisions about it
 * that the reader may read — the council's people all of them, everyone else only published
 * decisions of published meetings (DOMAIN.md: the public reads only published decisions).
 */
export async function readableDecisionsAbout(db: Executor, actor: Actor, target: DecisionLink) {
  const rows = await listDecisionsAbout(db, target);
  const resources = new Map<string, Awaited<ReturnType<typeof meetingResource>>>();
  const shown = [];
  for (const row of rows) {
    const resource = resources.get(row.councilId) ?? (await meetingResource(db, row.councilId, false));
    resources.set(row.councilId, resource);
    const insider = can(actor, "read_meeting", resource).allowed;
    const published = row.published && row.meetingPublished;
    if (insider || (published && can(actor, "read_meeting", { ...resource, published: true }).allowed)) shown.push(row);
  }
  return shown.map((row) => ({
    decisionId: row.decisionId,
    caseNumber: row.caseNumber,
    decidedOn: row.decidedOn,
    text: row.text,
    agendaItemTitle: row.agendaItemTitle,
    meetingId: row.meetingId,
    meetingTitle: row.meetingTitle,
    body: row.body,
    adopts: row.adopts,
  }));
}

export type DecisionAboutView = Awaited<ReturnType<typeof readableDecisionsAbout>>[number];
