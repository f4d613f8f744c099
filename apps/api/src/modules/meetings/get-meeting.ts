import { z } from "zod";
import { findMeetingWithAgenda, listProgrammesAdoptedAtMeeting } from "@samspill/db";
import { can, IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { found } from "../programmes/programme-access.js";
import { agendaItemView, meetingResource, meetingView } from "./meeting-access.js";

/**
 * A meeting with its agenda items and decisions, and what each decision adopted. Readers from
 * outside the council see only published decisions and links to published programmes.
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
    return {
      ...meetingView(meeting),
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
            };
          }),
      })),
    };
  });
