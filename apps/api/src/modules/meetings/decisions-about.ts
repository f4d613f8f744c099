import { listDecisionsAbout, listOrganisationsByIds, type Executor } from "@samspill/db";
import { can, DomainError, type Actor, type DecisionLink, type Resource } from "@samspill/domain";
import { placeOfOwner } from "../../trpc/locate.js";

/**
 * "Decisions: 12/23 …" on a programme's, measure's or agreement's page: the decisions about it
 * that the reader may read — the council's people all of them, everyone else only published
 * decisions of published meetings (DOMAIN.md: the public reads only published decisions).
 * At most two queries, whichever councils held the meetings.
 */
export async function readableDecisionsAbout(db: Executor, actor: Actor, target: DecisionLink) {
  const rows = await listDecisionsAbout(db, target);
  const councils = await listOrganisationsByIds(db, [...new Set(rows.map((row) => row.councilId))]);
  const resources = new Map<string, Resource>(councils.map((council) => [council.id, { kind: "meeting", ...placeOfOwner(council), published: false }]));
  const shown = [];
  for (const row of rows) {
    const resource = resources.get(row.councilId);
    if (!resource) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
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
