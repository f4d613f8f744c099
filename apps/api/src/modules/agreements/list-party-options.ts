import { z } from "zod";
import { findOrganisationById, listPartyOptions } from "@samspill/db";
import { DomainError, IdSchema, isAnonymous, localDate } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { currencyOfCountry } from "../spreadsheets/sheet-input.js";

/**
 * Who a county official can hold an agreement with: the county's councils and municipalities
 * valid today, and the partner organisations that may join one; with the county itself and the
 * currency its agreements are kept in. The county official's own county unless one is named.
 */
export const listAgreementPartyOptions = procedure
  .meta({ permission: { actions: ["manage_agreement"] } })
  .input(z.strictObject({ countyId: IdSchema.optional() }).default({}))
  .query(async ({ ctx, input }) => {
    const own = !isAnonymous(ctx.actor) && ctx.actor.role === "county_official" ? ctx.actor.organisationId : null;
    const countyId = input.countyId ?? own;
    if (countyId === null) throw new DomainError("NOT_FOUND", { params: { kind: "county" } });
    ctx.authorize({ kind: "agreement", countyId, councilId: null, municipalityId: null });
    const county = await findOrganisationById(ctx.db, countyId);
    if (county?.kind !== "county") throw new DomainError("NOT_FOUND", { params: { kind: "county" } });
    const options = await listPartyOptions(ctx.db, countyId, localDate(ctx.now()));
    return {
      county: { id: county.id, name: county.name, country: county.country },
      currency: currencyOfCountry(county.country),
      counterparts: options.filter((option) => option.kind !== "partner"),
      partners: options.filter((option) => option.kind === "partner"),
    };
  });
