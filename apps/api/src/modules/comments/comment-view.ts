import type { CommentRow } from "@samspill/db";
import { instant } from "../../trpc/instant.js";

export function commentView(row: CommentRow, authorName?: string) {
  return {
    id: row.id,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    authorId: row.authorId,
    ...(authorName === undefined ? {} : { authorName }),
    body: row.body,
    createdAt: instant(row.createdAt),
    updatedAt: instant(row.updatedAt),
    version: row.version,
  };
}
