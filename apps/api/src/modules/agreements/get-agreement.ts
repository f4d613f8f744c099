import { z } from "zod";
import {
  findAgreementDetails, fundsOfAgreement, listMeasuresOfObligations, listMeasuresSharedWithOtherAgreements, measureSpendingOfAgreement,
} from "@samspill/db";
import { currentMeasureVersions, IdSchema, localDate, permitOf } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { readableDecisionsAbout } from "../meetings/decisions-about.js";
import { currencyOf } from "../spreadsheets/sheet-input.js";
import { agreementResource, found } from "./agreement-access.js";
import { agreementView, dialogueMeetingView, fundingView, obligationView, partyView, requirementView } from "./agreement-view.js";

/**
 * One agreement with everything in it: parties and signatories, obligations with the measures
 * that fulfil them (each with what of its spending counts against the agreement), funding commitments, reporting requirements with their state today,
 * dialogue meetings, and its money by funding source and year — committed, spent (approved
 * reports of the linked measures, from the sources the agreement commits), remaining — as the
 * county dashboard, the workbook and the annual report have it (packages/domain/FIGURES.md);
 * the council decisions about it, and whether the viewer may change it (the county's
 * officials), with the reason when not.
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

    const [linked, funds, byMeasure, shared, decisions, countyCurrency] = await Promise.all([
      listMeasuresOfObligations(ctx.db, details.obligations.map((obligation) => obligation.id)),
      fundsOfAgreement(ctx.db, agreement.id),
      measureSpendingOfAgreement(ctx.db, agreement.id),
      listMeasuresSharedWithOtherAgreements(ctx.db, agreement.id),
      readableDecisionsAbout(ctx.db, ctx.actor, { kind: "agreement", id: agreement.id }),
      currencyOf(ctx.db, agreement.countyId),
    ]);
    const today = localDate(ctx.now());
    // What of a measure's approved spending counts against this agreement: the county's money only.
    // Nothing yet is zero in the agreement's currency; without any commitment there is none to name.
    const zero = funds.total.map((sum) => ({ amountMinor: 0, currency: sum.currency }));
    const spentOf = (measureId: string) => {
      const rows = byMeasure.filter((row) => row.measureId === measureId);
      return rows.length > 0 ? rows.map((row) => ({ amountMinor: row.spentMinor, currency: row.currency })) : zero;
    };
    return {
      ...agreementView(agreement),
      parties: details.parties.map((party) => ({ ...partyView(party), name: party.organisationName, kind: party.organisationKind })),
      obligations: details.obligations.map((obligation) => ({
        ...obligationView(obligation),
        // Each measure once, in the version in force, though a revision draft's copy is linked too.
        measures: currentMeasureVersions(
          linked.filter((link) => link.obligationId === obligation.id).map((link) => ({ ...link, id: link.measureId })),
        ).map(({ id, title, status, progress, programmeStatus }) => ({
          id, title, status, progress, draft: programmeStatus === "draft", spent: spentOf(id),
        })),
      })),
      fundingCommitments: details.fundingCommitments.map(fundingView),
      /** One agreement, one currency: its commitments', else the county's. */
      currency: details.fundingCommitments[0]?.currency ?? countyCurrency,
      funds,
      /** Linked measures that other agreements count too: their spending appears under each. */
      sharedMeasures: shared.map((row) => ({
        measureId: row.measureId, measureTitle: row.measureTitle, agreement: { id: row.agreementId, title: row.agreementTitle },
      })),
      reportingRequirements: details.reportingRequirements.map((row) => requirementView(row, today)),
      dialogueMeetings: details.dialogueMeetings.map(dialogueMeetingView),
      decisions,
      viewer: { manage: permitOf(ctx.actor, "manage_agreement", resource) },
    };
  });
