import { z } from "zod";
import { findAgreementDetails, listMeasuresOfObligations, listSpendingOfAgreement } from "@samspill/db";
import { fundingTotals, IdSchema, localDate, permitOf } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { readableDecisionsAbout } from "../meetings/decisions-about.js";
import { agreementResource, found } from "./agreement-access.js";
import { agreementView, dialogueMeetingView, fundingView, obligationView, partyView, requirementView } from "./agreement-view.js";

/**
 * One agreement with everything in it: parties and signatories, obligations with the measures
 * that fulfil them, funding per year and source with totals, reporting requirements with their
 * state today, dialogue meetings, and what was spent per year (approved status reports of the
 * linked measures) to set against what was committed; the council decisions about it, and
 * whether the viewer may change it (the county's officials), with the reason when not.
 */
export const getAgreement = procedure
  .meta({ permission: { actions: ["read_agreement"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const details = found(await findAgreementDetails(ctx.db, input.id), "agreement");
    const { agreement } = details;
    const parties = details.parties.map((party) => ({ ...party, kind: party.organisationKind }));
    const resource = agreementResource(agreement.countyId, parties);
    ctx.authorize(resource);

    const funding = details.fundingCommitments.map(fundingView);
    // An agreement's commitments share one currency; with none there is nothing to total.
    const currency = funding[0]?.amount.currency;
    const [linked, spentByYear, decisions] = await Promise.all([
      listMeasuresOfObligations(ctx.db, details.obligations.map((obligation) => obligation.id)),
      listSpendingOfAgreement(ctx.db, agreement.id, currency),
      readableDecisionsAbout(ctx.db, ctx.actor, { kind: "agreement", id: agreement.id }),
    ]);
    const today = localDate(ctx.now());
    return {
      ...agreementView(agreement),
      parties: details.parties.map((party) => ({ ...partyView(party), name: party.organisationName, kind: party.organisationKind })),
      obligations: details.obligations.map((obligation) => ({
        ...obligationView(obligation),
        measures: linked
          .filter((link) => link.obligationId === obligation.id)
          .map(({ measureId, title, status, progress }) => ({ id: measureId, title, status, progress })),
      })),
      fundingCommitments: funding,
      fundingTotals: currency ? fundingTotals(funding, currency) : null,
      spentByYear,
      reportingRequirements: details.reportingRequirements.map((row) => requirementView(row, today)),
      dialogueMeetings: details.dialogueMeetings.map(dialogueMeetingView),
      decisions,
      viewer: { manage: permitOf(ctx.actor, "manage_agreement", resource) },
    };
  });
