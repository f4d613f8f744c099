import { z } from "zod";
import { updateWithVersion } from "@samspill/db";
import { CommentSchema, IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { ownComment } from "./comment-access.js";
import { commentView } from "./comment-view.js";

const EditCommentInputSchema = z.strictObject({ id: IdSchema, version: VersionSchema, body: CommentSchema.shape.body });

/** The author rewrites their comment, at the version they read. */
export const editComment = procedure
  .meta({ permission: { actions: ["comment"] } })
  .input(EditCommentInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { comment, logOwnerId } = await ownComment(trx, ctx, input.id);
      const row = await updateWithVersion(trx, "comment", comment.id, input.version, { body: input.body });
      const after = commentView(row);
      await audit({
        action: "comment.updated", subjectType: "comment", subjectId: row.id, organisationId: logOwnerId,
        before: commentView(comment), after,
      });
      return after;
    }),
  );
