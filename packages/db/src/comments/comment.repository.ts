import type { SubjectType } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import type { CommentRow, NewComment } from "./comment.table.js";

export type CommentWithAuthor = CommentRow & { authorName: string };

/** The comments on one subject, oldest first, with the author's name for display. */
export async function listComments(
  db: Executor,
  subject: { subjectType: SubjectType; subjectId: string },
): Promise<CommentWithAuthor[]> {
  return db
    .selectFrom("comment")
    .innerJoin("appUser", "appUser.id", "comment.authorId")
    .selectAll("comment")
    .select("appUser.name as authorName")
    .where("comment.subjectType", "=", subject.subjectType)
    .where("comment.subjectId", "=", subject.subjectId)
    .orderBy("comment.createdAt")
    .orderBy("comment.id")
    .execute();
}

export async function findCommentById(db: Executor, id: string): Promise<CommentRow | undefined> {
  return db.selectFrom("comment").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertComment(db: Executor, values: NewComment): Promise<CommentRow> {
  return db.insertInto("comment").values(values).returningAll().executeTakeFirstOrThrow();
}
