import { z } from "zod";
import { setDecisionsOfMeetingPublished, updateWithVersion } from "@samspill/db";
import { IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedMeeting, meetingView } from "./meeting-access.js";

/**
 * Publishes a meeting's minutes, or takes them back. The decisions follow the meeting, so the
 * public never sees a meeting without its decisions, nor a decision of a hidden meeting.
 */
export const setMeetingPublished = procedure
  .meta({ permission: { actions: ["record_meeting"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema, published: z.boolean() }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const meeting = await authorizedMeeting(trx, ctx.authorize, input.id);
      const updated = await updateWithVersion(trx, "meeting", meeting.id, input.version, { published: input.published });
      const decisions = await setDecisionsOfMeetingPublished(trx, meeting.id, input.published);
      const after = { ...meetingView(updated), decisionsChanged: decisions };
      await audit({
        action: input.published ? "meeting.published" : "meeting.unpublished", subjectType: "meeting", subjectId: meeting.id,
        organisationId: meeting.councilId, before: meetingView(meeting), after,
      });
      return after;
    }),
  );
