import { z } from "zod";
import { findOrganisationById, findProgrammeSurroundings, findProgrammeTree } from "@samspill/db";
import { DomainError, IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { programmeView } from "./programme-view.js";

export const getProgramme = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const tree = await findProgrammeTree(ctx.db, input.id);
    if (!tree) throw new DomainError("NOT_FOUND", { params: { kind: "programme" } });
    const owner = await findOrganisationById(ctx.db, tree.programme.ownerId);
    ctx.authorize({
      kind: "programme",
      councilId: tree.programme.ownerId,
      countyId: owner?.countyId ?? null,
      published: tree.programme.published,
    });
    const around = await findProgrammeSurroundings(ctx.db, tree.programme);
    return programmeView(tree, around);
  });
