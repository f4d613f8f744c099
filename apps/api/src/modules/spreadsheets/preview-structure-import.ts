import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { importFields } from "./import-input.js";
import { readerLanguage } from "./sheet-input.js";
import { emptyDraftProgramme, readStructureImport } from "./structure-import-input.js";
import { structurePreviewView } from "./structure-preview.js";

/**
 * Reads the whole programme's workbook and answers what an import would create: counts per
 * level, the tree, and every problem by sheet, row and column. Writes nothing.
 */
export const previewStructureImport = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject(importFields))
  .mutation(async ({ ctx, input }) => {
    const programme = await emptyDraftProgramme(ctx.db, ctx.authorize, input.programmeId);
    const language = await readerLanguage(ctx, input.language);
    const result = await readStructureImport(ctx.db, programme, input.fileBase64, language, ctx.now());
    return structurePreviewView(result, programme.version);
  });
