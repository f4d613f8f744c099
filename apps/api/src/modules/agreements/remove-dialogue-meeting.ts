import { findDialogueMeetingById } from "@samspill/db";
import { procedure } from "../../trpc/init.js";
import { dialogueMeetingView } from "./agreement-view.js";
import { RemoveInputSchema, removeAgreementRow } from "./remove-agreement-row.js";

export const removeDialogueMeeting = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(RemoveInputSchema)
  .mutation(async ({ ctx, input }) =>
    removeAgreementRow(ctx, input, {
      table: "dialogueMeeting", subjectType: "dialogue_meeting", find: findDialogueMeetingById, view: dialogueMeetingView,
    }),
  );
