import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { CreateMeasureInputSchema, DomainError, UpdateProgrammeInputSchema } from "@samspill/domain";
import { fieldIssues, formatError } from "./format-error.js";

const shape = { code: -32600, message: "", data: { code: "BAD_REQUEST", httpStatus: 400, path: "x" } } as Parameters<typeof formatError>[0];
const ID = "00000000-0000-4000-8000-000000000000";

describe("field issues", () => {
  it("carry zod's code and the params a message needs, never what was typed", () => {
    const parsed = CreateMeasureInputSchema.safeParse({ programmeId: ID, scope: "shared", ownerId: ID, title: "x".repeat(301), progress: 140 });
    const issues = fieldIssues(parsed.error) ?? [];
    expect(issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: "title", code: "too_big", params: expect.objectContaining({ maximum: 300, origin: "string" }) }),
      expect.objectContaining({ path: "progress", code: "too_big", params: expect.objectContaining({ maximum: 100, origin: "number" }) }),
    ]));
    expect(JSON.stringify(issues)).not.toContain("xxxx");
  });

  it("name an empty required field by its minimum", () => {
    const parsed = CreateMeasureInputSchema.safeParse({ programmeId: ID, scope: "shared", ownerId: ID, title: "  " });
    expect(fieldIssues(parsed.error)).toEqual([expect.objectContaining({ path: "title", code: "too_small", params: expect.objectContaining({ minimum: 1 }) })]);
  });

  it("carry a rule's reason and keys: an end before the start", () => {
    const parsed = UpdateProgrammeInputSchema.safeParse({ id: ID, version: 1, periodStart: "2024-01-01", periodEnd: "2023-12-31" });
    expect(fieldIssues(parsed.error)).toEqual([
      expect.objectContaining({ path: "periodEnd", code: "custom", params: { reason: "range_not_ordered", startKey: "periodStart", endKey: "periodEnd" } }),
    ]);
  });

  it("come from a domain rule that names its field", () => {
    const cause = new DomainError("INVALID_INPUT", { reason: "owner_not_a_member", params: { field: "ownerId" } });
    const formatted = formatError(shape, new TRPCError({ code: "BAD_REQUEST", cause }), "r1");
    expect(formatted.data.issues).toEqual([{ path: "ownerId", code: "custom", params: { field: "ownerId", reason: "owner_not_a_member" }, message: "owner_not_a_member" }]);
    expect(formatted.data.reason).toBe("owner_not_a_member");
  });

  it("come from a range the domain found unordered after merging with the stored row", () => {
    const cause = new DomainError("INVALID_INPUT", { reason: "range_not_ordered", params: { startKey: "periodStart", endKey: "periodEnd" } });
    expect(formatError(shape, new TRPCError({ code: "BAD_REQUEST", cause }), "r1").data.issues?.[0]).toMatchObject({ path: "periodEnd", code: "custom" });
  });
});
