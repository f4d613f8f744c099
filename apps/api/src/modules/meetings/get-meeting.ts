import { z } from "zod";
import { findMeetingWithAgenda, findOrganisationById, listProgrammesAdoptedAtMeeting } from "@samspill/db";
import { can, IdSchema, permitOf } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { found } from "../programmes/programme-access.js";
import { readableDecisionLinks } from "./decision-links.js";
import { agendaItemView, meetingResource, meetingView } from "./meeting-access.js";

/**
 * A meeting with its agenda items and decisions, what each decision adopted and concerns, and
 * whether the reader may record here (with the reason when not). Readers from outside the
 * council see only published decisions and links to what they may read.
 */
export const getMeeting = procedure
  .meta({ permission: { actions: ["read_meeting"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const { meeting, agendaItems } = found(await findMeetingWithAgenda(ctx.db, input.id), "meeting");
    const resource = await meetingResource(ctx.db, meeting.councilId, meeting.published);
    ctx.authorize(resource);
    const insider = can(ctx.actor, "read_meeting", { ...resource, published: false }).allowed;
    const adopted = new Map((await listProgrammesAdoptedAtMeeting(ctx.db, meeting.id)).map((link) => [link.decisionId, link]));
    const decisionIds = agendaItems.flatMap((item) => item.decisions.map((decision) => decision.id));
    const [links, council] = await Promise.all([
      readableDecisionLinks(ctx.db, ctx.actor, decisionIds),
      findOrganisationById(ctx.db, meeting.councilId),
    ]);
    return {
      ...meetingView(meeting),
      councilName: council?.name ?? "",
      viewer: { record: permitOf(ctx.actor, "record_meeting", resource) },
      agendaItems: agendaItems.map((item) => ({
        ...agendaItemView(item),
        decisions: item.decisions
          .filter((decision) => insider || decision.published)
          .map((decision) => {
            const link = adopted.get(decision.id);
            const shown = link && (insider || link.published);
            return {
              id: decision.id,
              text: decision.text,
              decidedOn: decision.decidedOn,
              published: decision.published,
              version: decision.version,
              adopts: shown ? { programmeId: link.programmeId, title: link.title, revision: link.revision, status: link.status } : null,
              links: links.get(decision.id) ?? [],
            };
          }),
      })),
    };
  });
