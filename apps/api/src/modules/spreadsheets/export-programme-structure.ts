import { z } from "zod";
import { findProgrammeById } from "@samspill/db";
import { sheetTexts } from "@samspill/documents";
import { IdSchema, seesPersonalData, UI_LANGUAGES, type Resource } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { fileResult } from "../../trpc/file-result.js";
import { procedure } from "../../trpc/init.js";
import { locateOwner } from "../../trpc/locate.js";
import { found } from "../measures/measure-access.js";
import { programmeWorkbookData } from "./programme-workbook-data.js";
import { currencyOf, readerLanguage } from "./sheet-input.js";

const input = z.strictObject({ programmeId: IdSchema, language: z.enum(UI_LANGUAGES).optional() });

function structureFile(empty: boolean) {
  return procedure
    .meta({ permission: { actions: ["read_programme"] }, file: true })
    .input(input)
    .query(async ({ ctx, input }) => {
      const programme = found(await findProgrammeById(ctx.db, input.programmeId), "programme");
      const resource: Resource = { kind: "programme", ...(await locateOwner(ctx.db, programme.ownerId)), published: programme.published };
      ctx.authorize(resource);
      const language = await readerLanguage(ctx, input.language);
      const currency = await currencyOf(ctx.db, programme.ownerId);
      const data = await programmeWorkbookData(ctx.db, programme, currency, isoDay(ctx.now()), empty, seesPersonalData(ctx.actor, resource));
      const title = sheetTexts(language)(`structure-import:file.${empty ? "template" : "programme"}`, { programme: programme.title });
      return fileResult(await ctx.files.render({ kind: "programmeWorkbook", data, language }), title, "xlsx");
    });
}

/** The whole programme (structure, measures, parts, budgets) as the workbook its import reads. */
export const exportProgrammeStructure = structureFile(false);

/** The same workbook with no rows: the template a secretariat fills in, with its drop-down lists. */
export const exportProgrammeStructureTemplate = structureFile(true);
