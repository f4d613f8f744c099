import { randomUUID } from "node:crypto";
import { insertDecision, replaceDecisionLinks } from "@samspill/db";
import { CreateDecisionInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { applyAdoption, planAdoption } from "./adopt-by-decision.js";
import { assertLinksOfCouncil } from "./decision-links.js";
import { authorizedAgendaItem } from "./meeting-access.js";

/**
 * Records what the body decided on an agenda item, and what it concerns (the council's own
 * programmes and measures, agreements it is a party to). A decision that adopts a programme
 * makes the council's draft adopted and its predecessor superseded, in the same transaction.
 */
export const recordDecision = procedure
  .meta({ permission: { actions: ["record_meeting", "edit_programme"] } })
  .input(CreateDecisionInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { meeting } = await authorizedAgendaItem(trx, ctx.authorize, input.agendaItemId);
      const { links, ...values } = input;
      await assertLinksOfCouncil(trx, meeting.councilId, links);
      const decisionId = randomUUID();
      const plan = input.adoptsProgrammeId
        ? await planAdoption(trx, ctx.authorize, { decisionId, programmeId: input.adoptsProgrammeId, councilId: meeting.councilId })
        : null;
      // Decisions of a published meeting are public with it (see setPublished).
      const decision = await insertDecision(trx, { ...values, id: decisionId, published: input.published || meeting.published });
      await replaceDecisionLinks(trx, decision.id, links);
      const adoption = plan ? await applyAdoption(trx, audit, plan) : null;
      const after = {
        id: decision.id,
        agendaItemId: decision.agendaItemId,
        text: decision.text,
        decidedOn: decision.decidedOn,
        adoptsProgrammeId: decision.adoptsProgrammeId,
        published: decision.published,
        version: decision.version,
        links,
        adoption,
      };
      await audit({ action: "decision.recorded", subjectType: "decision", subjectId: decision.id, organisationId: meeting.councilId, after });
      return after;
    }),
  );
