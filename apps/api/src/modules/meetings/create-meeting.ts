import { insertMeeting } from "@samspill/db";
import { CreateMeetingInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { meetingResource, meetingView } from "./meeting-access.js";

/** The secretariat records a meeting of one of the council's bodies. */
export const createMeeting = procedure
  .meta({ permission: { actions: ["record_meeting"] } })
  .input(CreateMeetingInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      ctx.authorize(await meetingResource(trx, input.councilId, false));
      const meeting = await insertMeeting(trx, input);
      const after = meetingView(meeting);
      await audit({ action: "meeting.created", subjectType: "meeting", subjectId: meeting.id, organisationId: meeting.councilId, after });
      return after;
    }),
  );
