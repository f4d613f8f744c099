import { describe, expect, it } from "vitest";
import { createComment, createMeasure, createUser, getTestDb } from "../testing/index.js";
import { listComments } from "./comment.repository.js";

describe("comments", () => {
  it("lists the comments on a subject, oldest first, with the author's name", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    const author = await createUser(db, { name: "Kari Nordmann" });
    const first = await createComment(db, { subjectType: "measure", subjectId: measure.id, authorId: author.id });
    const second = await createComment(db, { subjectType: "measure", subjectId: measure.id });
    await createComment(db);

    const comments = await listComments(db, { subjectType: "measure", subjectId: measure.id });

    expect(comments.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(comments[0]?.authorName).toBe("Kari Nordmann");
  });
});
