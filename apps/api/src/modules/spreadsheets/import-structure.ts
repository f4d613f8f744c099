import { z } from "zod";
import { updateWithVersion } from "@samspill/db";
import { DomainError, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { importFields } from "./import-input.js";
import { readerLanguage } from "./sheet-input.js";
import { emptyDraftProgramme, readStructureImport } from "./structure-import-input.js";
import { writeImportedStructure } from "./write-imported-structure.js";

/**
 * Creates the whole programme of a workbook in an empty draft, all or none: the file is read
 * again inside the transaction, any problem refuses the whole file, and the programme's version
 * moves, so a second import from the same stale preview answers CONFLICT.
 */
export const importStructure = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject({ ...importFields, version: VersionSchema }))
  .mutation(async ({ ctx, input }) => {
    // Read before the transaction opens: the embedded database has one connection.
    const language = await readerLanguage(ctx, input.language);
    return inMutation(ctx, async (trx, audit) => {
      const programme = await emptyDraftProgramme(trx, ctx.authorize, input.programmeId);
      const updated = await updateWithVersion(trx, "programme", programme.id, input.version, {});
      const result = await readStructureImport(trx, programme, input.fileBase64, language, ctx.now());
      if (result.problems.length > 0) {
        throw new DomainError("INVALID_INPUT", {
          reason: "import_has_problems", params: { field: "fileBase64", problems: result.problems.length },
        });
      }
      const counts = await writeImportedStructure(trx, audit, programme, result);
      await audit({
        action: "programme.structure_imported", subjectType: "programme", subjectId: programme.id, organisationId: programme.ownerId,
        before: { version: programme.version }, after: { version: updated.version, ...counts },
      });
      return { ...counts, programmeVersion: updated.version };
    });
  });
