import type { CommentRow } from "@samspill/db";

export function commentView(row: CommentRow, authorName?: string) {
  return {
    id: row.id,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    authorId: row.authorId,
    ...(authorName === undefined ? {} : { authorName }),
    body: row.body,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
