import { z } from "zod";
import { updateWithVersion } from "@samspill/db";
import { AgendaItemSchema, IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertCaseNumberFree } from "./agenda-rules.js";
import { agendaItemView, authorizedAgendaItem } from "./meeting-access.js";

const UpdateAgendaItemInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  caseNumber: AgendaItemSchema.shape.caseNumber.optional(),
  title: AgendaItemSchema.shape.title.optional(),
  description: AgendaItemSchema.shape.description.optional(),
  position: AgendaItemSchema.shape.position.optional(),
});

/** Case number, title, description and position of an agenda item, at the version read. */
export const updateAgendaItem = procedure
  .meta({ permission: { actions: ["record_meeting"] } })
  .input(UpdateAgendaItemInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const { item, meeting } = await authorizedAgendaItem(trx, ctx.authorize, id);
      if (patch.caseNumber) await assertCaseNumberFree(trx, meeting.id, patch.caseNumber, item.id);
      const updated = await updateWithVersion(trx, "agendaItem", id, version, patch);
      const after = agendaItemView(updated);
      await audit({
        action: "agenda_item.updated", subjectType: "agenda_item", subjectId: id, organisationId: meeting.councilId,
        before: agendaItemView(item), after,
      });
      return after;
    }),
  );
