import { z } from "zod";
import { deleteCommentAtVersion } from "@samspill/db";
import { DomainError, IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { ownComment } from "./comment-access.js";
import { commentView } from "./comment-view.js";

const DeleteCommentInputSchema = z.strictObject({ id: IdSchema, version: VersionSchema });

/** The author withdraws their comment; the audit log keeps what it said. */
export const deleteComment = procedure
  .meta({ permission: { actions: ["comment"] } })
  .input(DeleteCommentInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { comment, logOwnerId } = await ownComment(trx, ctx, input.id);
      const deleted = comment.version === input.version && (await deleteCommentAtVersion(trx, comment.id, input.version));
      if (!deleted) {
        throw new DomainError("CONFLICT", {
          reason: "version_mismatch",
          params: { table: "comment", id: comment.id, expectedVersion: input.version, currentVersion: comment.version },
        });
      }
      await audit({
        action: "comment.deleted", subjectType: "comment", subjectId: comment.id, organisationId: logOwnerId,
        before: commentView(comment),
      });
      return { id: comment.id, deleted: true };
    }),
  );
