import { z } from "zod";
import { findProgrammeSurroundings, findProgrammeTree } from "@samspill/db";
import { assertCan, DomainError, IdSchema } from "@samspill/domain";
import { publicProcedure } from "../../trpc/init.js";
import { programmeView } from "./programme-view.js";

export const getProgramme = publicProcedure
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const tree = await findProgrammeTree(ctx.db, input.id);
    if (!tree) throw new DomainError("NOT_FOUND", { params: { kind: "programme" } });
    assertCan(ctx.actor, "read_programme", {
      kind: "programme",
      councilId: tree.programme.ownerId,
      published: tree.programme.published,
    });
    const around = await findProgrammeSurroundings(ctx.db, tree.programme);
    return programmeView(tree, around);
  });
