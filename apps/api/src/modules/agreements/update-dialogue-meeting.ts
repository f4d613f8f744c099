import { findDialogueMeetingById, updateWithVersion } from "@samspill/db";
import { UpdateDialogueMeetingInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedChild } from "./agreement-access.js";
import { dialogueMeetingView } from "./agreement-view.js";

export const updateDialogueMeeting = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(UpdateDialogueMeetingInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const { row, agreement } = await authorizedChild(trx, ctx.authorize, await findDialogueMeetingById(trx, id), "dialogue_meeting");
      const after = dialogueMeetingView(await updateWithVersion(trx, "dialogueMeeting", id, version, patch));
      await audit({
        action: "dialogue_meeting.updated", subjectType: "dialogue_meeting", subjectId: id, organisationId: agreement.countyId,
        before: dialogueMeetingView(row), after,
      });
      return after;
    }),
  );
