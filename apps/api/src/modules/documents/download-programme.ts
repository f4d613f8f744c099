import { z } from "zod";
import { findProgrammeTree } from "@samspill/db";
import { IdSchema, localDate, seesPersonalData } from "@samspill/domain";
import { fileResult } from "../../trpc/file-result.js";
import { procedure } from "../../trpc/init.js";
import { found, ownerResource } from "../programmes/programme-access.js";
import { loadProgrammeDocument } from "./programme-document-data.js";

/**
 * The action programme as a Word document in its owner's language. Whoever reads the programme
 * may download it: the public only what is published, and without the names of people. The
 * data is read and projected for the reader here; a render thread only writes the document.
 */
export const downloadProgramme = procedure
  .meta({ permission: { actions: ["read_programme"] }, file: true })
  .input(z.strictObject({ programmeId: IdSchema }))
  .query(async ({ ctx, input }) => {
    const tree = found(await findProgrammeTree(ctx.db, input.programmeId), "programme");
    const resource = await ownerResource(ctx.db, tree.programme.ownerId, tree.programme.published);
    ctx.authorize(resource);
    const { data, language } = await loadProgrammeDocument(ctx.db, tree, {
      personal: seesPersonalData(ctx.actor, resource),
      today: localDate(ctx.now()),
    });
    return fileResult(await ctx.files.render({ kind: "programme", data, language }), data.title, "docx");
  });
