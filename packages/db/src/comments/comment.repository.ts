import type { SubjectType } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { pageBounds, type Page, type PageInput } from "../shared/paging.js";
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

/** A page of the comments on one subject, oldest first (a conversation reads downwards). */
export async function pageComments(
  db: Executor,
  filter: { subjectType: SubjectType; subjectId: string } & PageInput,
): Promise<Page<CommentWithAuthor>> {
  const query = db
    .selectFrom("comment")
    .innerJoin("appUser", "appUser.id", "comment.authorId")
    .where("comment.subjectType", "=", filter.subjectType)
    .where("comment.subjectId", "=", filter.subjectId);
  const { limit, offset } = pageBounds(filter);
  const [items, count] = await Promise.all([
    query
      .selectAll("comment")
      .select("appUser.name as authorName")
      .orderBy("comment.createdAt")
      .orderBy("comment.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** Deletes a comment only at the version the caller read; false when it moved or is gone. */
export async function deleteCommentAtVersion(db: Executor, id: string, version: number): Promise<boolean> {
  const deleted = await db.deleteFrom("comment").where("id", "=", id).where("version", "=", version).returning("id").execute();
  return deleted.length > 0;
}
