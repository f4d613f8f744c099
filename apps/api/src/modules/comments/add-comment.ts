import { insertComment } from "@samspill/db";
import { CreateCommentInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { noticeComment } from "../notifications/comment-notice.js";
import { inMutation, signedInActor } from "../../trpc/mutation.js";
import { CommentSubjectTypeSchema, placeComments } from "./comment-subject.js";
import { commentView } from "./comment-view.js";

const AddCommentInputSchema = CreateCommentInputSchema.extend({ subjectType: CommentSubjectTypeSchema });

/** A secretariat, contributor or county official comments on a measure, part or report. */
export const addComment = procedure
  .meta({ permission: { actions: ["comment"] } })
  .input(AddCommentInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { resource, logOwnerId } = await placeComments(trx, input);
      ctx.authorize(resource);
      const row = await insertComment(trx, { ...input, authorId: signedInActor(ctx).userId });
      const after = commentView(row);
      await audit({ action: "comment.created", subjectType: "comment", subjectId: row.id, organisationId: logOwnerId, after });
      await noticeComment(trx, row);
      return after;
    }),
  );
