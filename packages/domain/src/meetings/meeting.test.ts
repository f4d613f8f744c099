import { describe, expect, it } from "vitest";
import { CreateAgendaItemInputSchema, CreateDecisionInputSchema, CreateMeetingInputSchema } from "./meeting";

const ID = "00000000-0000-4000-8000-000000000001";

function pathsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }): PropertyKey[][] {
  return result.error?.issues.map((issue) => issue.path) ?? [];
}

describe("meeting schemas", () => {
  it("accepts a meeting and keeps it unpublished by default", () => {
    expect(CreateMeetingInputSchema.parse({ councilId: ID, body: "Regionrådet", title: "Rådsmøte", heldOn: "2021-04-23" }).published).toBe(false);
    expect(pathsOf(CreateMeetingInputSchema.safeParse({ councilId: ID, body: "", title: "Rådsmøte", heldOn: "2021-04-23" }))).toEqual([["body"]]);
  });

  it.each(["12/23", "1/2023", "123/21"])("accepts case number %s", (caseNumber) => {
    expect(CreateAgendaItemInputSchema.safeParse({ meetingId: ID, caseNumber, title: "Handlingsprogram" }).success).toBe(true);
  });

  it.each(["12-23", "12/3", "sak 12/23", "/23"])("rejects case number %s", (caseNumber) => {
    expect(pathsOf(CreateAgendaItemInputSchema.safeParse({ meetingId: ID, caseNumber, title: "Handlingsprogram" }))).toEqual([["caseNumber"]]);
  });

  it("a decision may adopt a programme", () => {
    const decision = { agendaItemId: ID, text: "Handlingsprogrammet vedtas.", decidedOn: "2021-04-23", adoptsProgrammeId: ID };
    expect(CreateDecisionInputSchema.parse(decision).published).toBe(false);
    expect(pathsOf(CreateDecisionInputSchema.safeParse({ ...decision, decidedOn: "23.04.2021" }))).toEqual([["decidedOn"]]);
  });
});
