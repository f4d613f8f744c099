import { findCommentById, type CommentRow, type Executor } from "@samspill/db";
import { DomainError, type Action, type Resource } from "@samspill/domain";
import type { Context } from "../../trpc/context.js";
import { signedInActor } from "../../trpc/mutation.js";
import { asCommentSubject, placeComments } from "./comment-subject.js";

type Authorize = (resource: Resource, action?: Action) => void;

/**
 * The comment to change, after the checks every change of one needs: the actor may comment on
 * its subject (else NOT_FOUND or FORBIDDEN as for any comment), and is its author — nobody
 * edits or deletes someone else's words, not even the secretariat.
 */
export async function ownComment(
  trx: Executor,
  ctx: Context & { authorize: Authorize },
  id: string,
): Promise<{ comment: CommentRow; logOwnerId: string }> {
  const comment = await findCommentById(trx, id);
  if (!comment) throw new DomainError("NOT_FOUND", { params: { kind: "comment" } });
  const { resource, logOwnerId } = await placeComments(trx, asCommentSubject(comment));
  ctx.authorize(resource, "comment");
  if (comment.authorId !== signedInActor(ctx).userId) {
    throw new DomainError("FORBIDDEN", { reason: "not_author", params: { kind: "comment" } });
  }
  return { comment, logOwnerId };
}
