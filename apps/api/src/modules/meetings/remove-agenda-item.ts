import { z } from "zod";
import { deleteAgendaItem, listDecisionsOfAgendaItem, updateWithVersion } from "@samspill/db";
import { DomainError, IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { agendaItemView, authorizedAgendaItem } from "./meeting-access.js";

/**
 * Removes an agenda item with its decisions. An item whose decision adopted a programme stays:
 * the programme's adoption rests on it.
 */
export const removeAgendaItem = procedure
  .meta({ permission: { actions: ["record_meeting"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { item, meeting } = await authorizedAgendaItem(trx, ctx.authorize, input.id);
      await updateWithVersion(trx, "agendaItem", item.id, input.version, {});
      const decisions = await listDecisionsOfAgendaItem(trx, item.id);
      const adopting = decisions.find((decision) => decision.adoptsProgrammeId !== null);
      if (adopting) {
        throw new DomainError("INVALID_STATE", {
          reason: "agenda_item_adopted_programme",
          params: { decisionId: adopting.id, programmeId: adopting.adoptsProgrammeId },
        });
      }
      await deleteAgendaItem(trx, item.id);
      await audit({
        action: "agenda_item.removed", subjectType: "agenda_item", subjectId: item.id, organisationId: meeting.councilId,
        before: { ...agendaItemView(item), decisions: decisions.map((decision) => decision.id) },
      });
      return { id: item.id };
    }),
  );
