import { findDecisionById, listDecisionLinks, replaceDecisionLinks, updateWithVersion } from "@samspill/db";
import { SetDecisionLinksInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { found } from "../programmes/programme-access.js";
import { assertLinksOfCouncil } from "./decision-links.js";
import { authorizedAgendaItem } from "./meeting-access.js";

/**
 * Replaces what a recorded decision concerns, at the version read: the secretariat links the
 * programmes, measures and agreements a decision is about, which then list the decision.
 */
export const setDecisionLinks = procedure
  .meta({ permission: { actions: ["record_meeting"] } })
  .input(SetDecisionLinksInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const decision = found(await findDecisionById(trx, input.id), "decision");
      const { meeting } = await authorizedAgendaItem(trx, ctx.authorize, decision.agendaItemId);
      const updated = await updateWithVersion(trx, "decision", decision.id, input.version, {});
      await assertLinksOfCouncil(trx, meeting.councilId, input.links);
      const before = (await listDecisionLinks(trx, [decision.id])).map(({ kind, id }) => ({ kind, id }));
      await replaceDecisionLinks(trx, decision.id, input.links);
      await audit({
        action: "decision.links_set", subjectType: "decision", subjectId: decision.id, organisationId: meeting.councilId,
        before: { links: before }, after: { links: input.links },
      });
      return { id: decision.id, version: updated.version, links: input.links };
    }),
  );
