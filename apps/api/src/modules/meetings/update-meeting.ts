import { updateWithVersion } from "@samspill/db";
import { UpdateMeetingInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedMeeting, meetingView } from "./meeting-access.js";

// Publishing goes through setPublished, which publishes the meeting's decisions with it.
const UpdateMeetingContentSchema = UpdateMeetingInputSchema.omit({ published: true });

/** Body, title, date and place of a meeting, at the version read. */
export const updateMeeting = procedure
  .meta({ permission: { actions: ["record_meeting"] } })
  .input(UpdateMeetingContentSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const meeting = await authorizedMeeting(trx, ctx.authorize, id);
      const updated = await updateWithVersion(trx, "meeting", id, version, patch);
      const after = meetingView(updated);
      await audit({
        action: "meeting.updated", subjectType: "meeting", subjectId: id, organisationId: meeting.councilId,
        before: meetingView(meeting), after,
      });
      return after;
    }),
  );
