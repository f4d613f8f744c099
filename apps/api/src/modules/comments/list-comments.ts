import { z } from "zod";
import { pageComments } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { CommentSubjectTypeSchema, placeComments } from "./comment-subject.js";
import { commentView } from "./comment-view.js";

const ListCommentsInputSchema = z.strictObject({
  subjectType: CommentSubjectTypeSchema,
  subjectId: IdSchema,
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
});

/** The comments on a measure, part or report, oldest first, for those who may read its programme. */
export const listComments = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(ListCommentsInputSchema)
  .query(async ({ ctx, input }) => {
    const { resource } = await placeComments(ctx.db, input);
    ctx.authorize(resource);
    const page = await pageComments(ctx.db, input);
    return { total: page.total, items: page.items.map((row) => commentView(row, row.authorName)) };
  });
