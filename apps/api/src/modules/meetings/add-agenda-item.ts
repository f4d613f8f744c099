import { insertAgendaItem } from "@samspill/db";
import { CreateAgendaItemInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertCaseNumberFree } from "./agenda-rules.js";
import { agendaItemView, authorizedMeeting } from "./meeting-access.js";

/** An item on a meeting's agenda with its case number (sak 12/23). */
export const addAgendaItem = procedure
  .meta({ permission: { actions: ["record_meeting"] } })
  .input(CreateAgendaItemInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const meeting = await authorizedMeeting(trx, ctx.authorize, input.meetingId);
      await assertCaseNumberFree(trx, meeting.id, input.caseNumber);
      const item = await insertAgendaItem(trx, input);
      const after = agendaItemView(item);
      await audit({ action: "agenda_item.added", subjectType: "agenda_item", subjectId: item.id, organisationId: meeting.councilId, after });
      return after;
    }),
  );
