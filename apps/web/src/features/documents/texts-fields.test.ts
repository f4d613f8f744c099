import { describe, expect, it } from "vitest";
import { reapplied, sendChanges, startingFrom } from "../../shared/forms";
import { textsInput, textsValues, type TextsValues } from "./texts-fields";

const refusal = (data: unknown) => Object.assign(new Error("x"), { name: "TRPCClientError", data });

describe("the texts of the report to the county", () => {
  it("applies this user's change again on the texts saved meanwhile, keeping another person's approval", async () => {
    let server = { values: textsValues({ summary: "Året", approval: "", signatoryName: "", signatoryTitle: "", place: "Hamar", signedOn: null }), version: 1 };
    const sent: unknown[] = [];
    const send = async (_changed: object, version: number, values: TextsValues) => {
      sent.push(textsInput(values));
      if (version !== server.version) throw refusal({ code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch", params: { currentVersion: server.version } });
      server = { values, version: version + 1 };
      return server;
    };
    const mine = startingFrom(server);
    server = { values: { ...server.values, approval: "Godkjent i rådet 12. mars." }, version: 2 };
    const edited = { ...mine, values: { ...mine.values, summary: "Året i korte trekk." } };
    expect(await sendChanges(edited, { send })).toMatchObject({ kind: "refused", problem: { versionConflict: true } });
    expect((await sendChanges(reapplied(edited, server), { send })).kind).toBe("saved");
    expect(server.values).toMatchObject({ summary: "Året i korte trekk.", approval: "Godkjent i rådet 12. mars.", place: "Hamar" });
  });

  it("edits the fields only, never the bookkeeping the server sends with them", () => {
    const saved = { summary: "S", approval: "", signatoryName: "", signatoryTitle: "", place: "", signedOn: null, version: 2 };
    expect(Object.keys(textsInput(textsValues(saved))).sort()).toEqual(["approval", "place", "signatoryName", "signatoryTitle", "signedOn", "summary"]);
  });

  it("sends an empty date as none", () => {
    expect(textsInput({ summary: "", approval: "", signatoryName: "", signatoryTitle: "", place: "", signedOn: "" }).signedOn).toBeNull();
  });
});
