import { insertDialogueMeeting } from "@samspill/db";
import { CreateDialogueMeetingInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedAgreement } from "./agreement-access.js";
import { dialogueMeetingView } from "./agreement-view.js";

/** A dialogue meeting between the parties, with what was discussed. */
export const addDialogueMeeting = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(CreateDialogueMeetingInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { agreement } = await authorizedAgreement(trx, ctx.authorize, input.agreementId);
      const after = dialogueMeetingView(await insertDialogueMeeting(trx, input));
      await audit({
        action: "dialogue_meeting.created", subjectType: "dialogue_meeting", subjectId: after.id, organisationId: agreement.countyId, after,
      });
      return after;
    }),
  );
