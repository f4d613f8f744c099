import { describe, expect, it } from "vitest";
import { readReferenceLists } from "./files.js";
import { entriesOn, problemsOf } from "./lists.js";

describe("the reference lists in the repository", () => {
  const { official, councils } = readReferenceLists();
  const { NO, SE } = official;

  it("hold every Norwegian and Swedish county and municipality on their lists' dates", () => {
    expect(entriesOn(NO.counties, NO.date)).toHaveLength(15);
    expect(entriesOn(NO.municipalities, NO.date)).toHaveLength(357);
    expect(entriesOn(SE.counties, SE.date)).toHaveLength(21);
    expect(entriesOn(SE.municipalities, SE.date)).toHaveLength(290);
    expect(problemsOf(NO)).toEqual([]);
    expect(problemsOf(SE)).toEqual([]);
  });

  it("hold Norway as it was before the 2024 reform: Viken, Vestfold og Telemark, Troms og Finnmark and 356 municipalities", () => {
    expect(entriesOn(NO.counties, "2023-12-31").map((c) => c.name)).toEqual(expect.arrayContaining(["Viken", "Vestfold og Telemark"]));
    expect(entriesOn(NO.counties, "2023-12-31")).toHaveLength(11);
    expect(entriesOn(NO.municipalities, "2023-12-31")).toHaveLength(356);
    expect(NO.municipalities.filter((m) => m.name === "Eidsvoll").map((m) => [m.code, m.validFrom, m.validTo]))
      .toEqual([["3035", "2020-01-01", "2023-12-31"], ["3240", "2024-01-01", null]]);
    expect(NO.changes.filter((c) => c.oldCode === "1507").map((c) => `${c.newCode} ${c.newName}`)).toEqual(["1508 Ålesund", "1580 Haram"]);
    // Every code that ended in 2024 has a successor in the changes.
    const ended = [...NO.counties, ...NO.municipalities].filter((e) => e.validTo === "2023-12-31").map((e) => e.code);
    expect(ended.filter((code) => !NO.changes.some((c) => c.oldCode === code))).toEqual([]);
  });

  it("name municipalities only by code: the same name under two codes is two municipalities", () => {
    const valer = entriesOn(NO.municipalities, NO.date).filter((m) => m.name.startsWith("Våler"));
    expect(valer.map((m) => m.code)).toEqual(["3114", "3419"]);
  });

  it("place every council member among the municipalities valid on the Norwegian list's date", () => {
    const municipalities = new Set(entriesOn(NO.municipalities, NO.date).map((m) => m.code));
    expect(councils).toHaveLength(11);
    expect(councils.flatMap((c) => c.members).filter((code) => !municipalities.has(code))).toEqual([]);
  });
});
