import { z } from "zod";
import { DomainError, IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { publicProgramme } from "./public-programme-view.js";

/** A published programme with its progress, for anyone; unpublished ones are simply not there. */
export const programme = procedure
  .meta({ permission: { public: true } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const view = await publicProgramme(ctx.db, input.id);
    if (!view) throw new DomainError("NOT_FOUND", { params: { kind: "programme" } });
    return view;
  });

