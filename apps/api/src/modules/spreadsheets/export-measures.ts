import { findProgrammeById } from "@samspill/db";
import { sheetTexts } from "@samspill/documents";
import { seesPersonalData, type Resource } from "@samspill/domain";
import { fileResult } from "../../trpc/file-result.js";
import { procedure } from "../../trpc/init.js";
import { locateOwner } from "../../trpc/locate.js";
import { ListMeasuresInputSchema } from "../measures/list-measures.js";
import { found } from "../measures/measure-access.js";
import { measureSheetData } from "./measure-sheet-data.js";
import { currencyOf, readerLanguage, sheetFields } from "./sheet-input.js";

/** The filters of `measures.list`, without its paging: the file holds every measure the filters match. */
export const ExportMeasuresInputSchema = ListMeasuresInputSchema.omit({ limit: true, offset: true }).extend(sheetFields);

/** The programme's measures as on screen (same filters and order), each followed by its parts, as XLSX or CSV. */
export const exportMeasures = procedure
  .meta({ permission: { actions: ["read_programme"] }, file: true })
  .input(ExportMeasuresInputSchema)
  .query(async ({ ctx, input }) => {
    const programme = found(await findProgrammeById(ctx.db, input.programmeId), "programme");
    const resource: Resource = { kind: "programme", ...(await locateOwner(ctx.db, programme.ownerId)), published: programme.published };
    ctx.authorize(resource);
    const { format, language: requested, ...filter } = input;
    const language = await readerLanguage(ctx, requested);
    const data = await measureSheetData(ctx.db, programme, filter, await currencyOf(ctx.db, programme.ownerId), seesPersonalData(ctx.actor, resource));
    const bytes = await ctx.files.render({ kind: "measures", data, format, language });
    return fileResult(bytes, sheetTexts(language)("spreadsheets:file.measures", { programme: programme.title }), format);
  });
