import { insertFundingCommitment, listFundingCommitments, updateWithVersion } from "@samspill/db";
import { CreateFundingCommitmentInputSchema, DomainError, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { authorizedAgreement } from "./agreement-access.js";
import { fundingView } from "./agreement-view.js";

/**
 * Sets the amount committed for one year and source: a new commitment, or the one already
 * there, which must be named by the version the client read. One agreement, one currency, so
 * its totals add up.
 */
export const setFundingCommitment = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(CreateFundingCommitmentInputSchema.extend({ version: VersionSchema.optional() }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { version, amount, ...key } = input;
      const { agreement } = await authorizedAgreement(trx, ctx.authorize, key.agreementId);
      const commitments = await listFundingCommitments(trx, agreement.id);
      const existing = commitments.find((row) => row.year === key.year && row.source === key.source && row.sourceName === key.sourceName);
      const other = commitments.find((row) => row !== existing && row.currency !== amount.currency);
      if (other) {
        throw new DomainError("INVALID_INPUT", { reason: "currency_mismatch", params: { left: other.currency, right: amount.currency } });
      }
      if (!existing && version !== undefined) throw new DomainError("NOT_FOUND", { params: { kind: "funding_commitment" } });
      if (existing && version === undefined) {
        throw new DomainError("CONFLICT", { reason: "version_mismatch", params: { currentVersion: existing.version } });
      }
      const values = { amountMinor: amount.amountMinor, currency: amount.currency };
      const row = existing && version !== undefined
        ? await updateWithVersion(trx, "fundingCommitment", existing.id, version, values)
        : await insertFundingCommitment(trx, { ...key, ...values });
      const after = fundingView(row);
      await audit({
        action: "funding_commitment.set", subjectType: "funding_commitment", subjectId: row.id, organisationId: agreement.countyId,
        before: existing ? fundingView(existing) : null, after,
      });
      return after;
    }),
  );
