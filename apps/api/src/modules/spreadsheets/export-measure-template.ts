import { z } from "zod";
import { findProgrammeById } from "@samspill/db";
import { sheetTexts } from "@samspill/documents";
import { IdSchema, UI_LANGUAGES } from "@samspill/domain";
import { fileResult } from "../../trpc/file-result.js";
import { procedure } from "../../trpc/init.js";
import { locateOwner } from "../../trpc/locate.js";
import { found } from "../measures/measure-access.js";
import { currencyOf, readerLanguage } from "./sheet-input.js";

/** The import layout with no rows: the headings, with a budget column per year of the programme. */
export const exportMeasureTemplate = procedure
  .meta({ permission: { actions: ["read_programme"] }, file: true })
  .input(z.strictObject({ programmeId: IdSchema, language: z.enum(UI_LANGUAGES).optional() }))
  .query(async ({ ctx, input }) => {
    const programme = found(await findProgrammeById(ctx.db, input.programmeId), "programme");
    ctx.authorize({ kind: "programme", ...(await locateOwner(ctx.db, programme.ownerId)), published: programme.published });
    const language = await readerLanguage(ctx, input.language);
    const currency = await currencyOf(ctx.db, programme.ownerId);
    const data = { programme: { ...programme, currency }, measures: [] };
    const bytes = await ctx.files.render({ kind: "measures", data, format: "xlsx", language });
    return fileResult(bytes, sheetTexts(language)("spreadsheets:file.template", { programme: programme.title }), "xlsx");
  });
