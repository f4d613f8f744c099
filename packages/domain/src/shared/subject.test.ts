import { describe, expect, it } from "vitest";
import { AuditEventSchema, CreateCommentInputSchema } from "./subject";

const ID = "00000000-0000-4000-8000-000000000001";

describe("comments and audit events", () => {
  it("a comment needs text and a known subject type", () => {
    expect(CreateCommentInputSchema.safeParse({ subjectType: "status_report", subjectId: ID, body: "Fint!" }).success).toBe(true);
    expect(CreateCommentInputSchema.safeParse({ subjectType: "status_report", subjectId: ID, body: " " }).error?.issues[0]?.path).toEqual(["body"]);
    expect(CreateCommentInputSchema.safeParse({ subjectType: "invoice", subjectId: ID, body: "x" }).error?.issues[0]?.path).toEqual(["subjectType"]);
    expect(CreateCommentInputSchema.safeParse({ subjectType: "measure", subjectId: ID, body: "x", authorId: ID }).success).toBe(false);
  });

  it("an audit event keeps before and after as JSON", () => {
    const event = {
      id: 1, occurredAt: "2024-02-01T10:00:00.000Z", actorId: ID, organisationId: ID, action: "measure.update",
      subjectType: "measure", subjectId: ID, before: { progress: 40 }, after: { progress: 60 }, requestId: null,
    };
    expect(AuditEventSchema.safeParse(event).success).toBe(true);
    expect(AuditEventSchema.safeParse({ ...event, occurredAt: "yesterday" }).error?.issues[0]?.path).toEqual(["occurredAt"]);
  });
});
