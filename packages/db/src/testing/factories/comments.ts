import type { Executor } from "../../shared/executor.js";
import { insertComment } from "../../comments/comment.repository.js";
import type { CommentRow, NewComment } from "../../comments/comment.table.js";
import { createMeasure } from "./measures.js";
import { createUser } from "./users.js";

/** A comment on a measure by a new user, unless subject and author are given. */
export async function createComment(db: Executor, overrides: Partial<NewComment> = {}): Promise<CommentRow> {
  const authorId = overrides.authorId ?? (await createUser(db)).id;
  const subject = overrides.subjectId
    ? { subjectType: overrides.subjectType ?? "measure", subjectId: overrides.subjectId }
    : { subjectType: "measure" as const, subjectId: (await createMeasure(db)).id };
  return insertComment(db, { body: "Looks good.", ...overrides, ...subject, authorId });
}
