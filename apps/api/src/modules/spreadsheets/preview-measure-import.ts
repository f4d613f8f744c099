import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { importableProgramme, importFields, previewView, readImport } from "./import-input.js";
import { readerLanguage } from "./sheet-input.js";

/**
 * Reads an Excel file in the measures layout and answers what an import would create, a line
 * per row and every problem by row and column. A mutation because the file travels in the
 * body, but it writes nothing.
 */
export const previewMeasureImport = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject(importFields))
  .mutation(async ({ ctx, input }) => {
    const programme = await importableProgramme(ctx.db, ctx.authorize, input.programmeId);
    const language = await readerLanguage(ctx, input.language);
    const { result } = await readImport(ctx.db, programme, input.fileBase64, language, ctx.now());
    return previewView(result, programme.version);
  });
