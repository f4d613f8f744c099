import { z } from "zod";
import { sheetTexts } from "@samspill/documents";
import { findOrganisationById } from "@samspill/db";
import { DomainError, IdSchema, isAnonymous, localDate } from "@samspill/domain";
import { fileResult } from "../../trpc/file-result.js";
import { procedure } from "../../trpc/init.js";
import { agreementSheetData } from "./agreement-sheet-data.js";
import { currencyOfCountry, readerLanguage, sheetFields } from "./sheet-input.js";

/**
 * The county's agreements overview as a spreadsheet: each agreement per year with its parties,
 * period, funds committed against funds spent, and its reporting requirements. Authorized like
 * the county dashboard: the county's officials, for their own county.
 */
export const exportAgreements = procedure
  .meta({ permission: { actions: ["read_agreement"] }, file: true })
  .input(z.strictObject({ countyId: IdSchema.optional(), ...sheetFields }))
  .query(async ({ ctx, input }) => {
    const own = !isAnonymous(ctx.actor) && ctx.actor.role === "county_official" ? ctx.actor.organisationId : null;
    const countyId = input.countyId ?? own;
    if (countyId === null) throw new DomainError("NOT_FOUND", { params: { kind: "county" } });
    ctx.authorize({ kind: "agreement", countyId, councilId: null, municipalityId: null });
    const county = await findOrganisationById(ctx.db, countyId);
    if (!county) throw new DomainError("NOT_FOUND", { params: { kind: "county" } });
    const money = await agreementSheetData(ctx.db, countyId, localDate(ctx.now()));
    const language = await readerLanguage(ctx, input.language);
    const data = { currency: currencyOfCountry(county.country), ...money };
    const bytes = await ctx.files.render({ kind: "agreements", data, format: input.format, language });
    return fileResult(bytes, sheetTexts(language)("spreadsheets:file.agreements", { county: county.name }), input.format);
  });
