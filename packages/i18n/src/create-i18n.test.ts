import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n";
import { organisationKindLabel, term } from "./terms";

describe("createI18n", () => {
  it("is ready to translate as soon as it returns", () => {
    expect(createI18n("sv").t("common:app.skipToContent")).toBe("Hoppa till huvudinnehållet");
    expect(createI18n("nb").t("programmes:detail.measures")).toBe("Tiltak");
  });

  it("keeps instances independent, so server requests in different languages do not mix", () => {
    const nb = createI18n("nb");
    const sv = createI18n("sv");
    expect(nb.t("domain:measureStatus.delayed")).toBe("Forsinket");
    expect(sv.t("domain:measureStatus.delayed")).toBe("Försenad");
  });

  it("chooses plural forms", () => {
    const sv = createI18n("sv");
    expect(sv.t("domain:count.measure", { count: 1 })).toBe("1 åtgärd");
    expect(sv.t("domain:count.measure", { count: 3 })).toBe("3 åtgärder");
    expect(createI18n("en").t("domain:count.part", { count: 2 })).toBe("2 parts");
  });

  it("counts the minutes to wait after too many sign-in attempts", () => {
    expect(createI18n("nb").t("auth:signIn.rateLimited", { count: 15 })).toBe("For mange mislykkede forsøk. Vent 15 minutter og prøv igjen.");
    expect(createI18n("sv").t("auth:signIn.rateLimited", { count: 1 })).toBe("För många misslyckade försök. Vänta 1 minut och försök igen.");
  });

  it("combines country context with plurals", () => {
    const nb = createI18n("nb");
    expect(nb.t("domain:count.programme", { count: 2, context: "SE" })).toBe("2 handlingsplaner");
    expect(nb.t("domain:count.programme", { count: 2, context: "NO" })).toBe("2 handlingsprogram");
    expect(createI18n("sv").t("domain:count.programme", { count: 1, context: "NO" })).toBe("1 handlingsprogram");
  });

  it("does not HTML-escape by default but can for e-mails", () => {
    const values = { body: "R&D", date: "x", caseNumber: "1" };
    expect(createI18n("en").t("programmes:detail.adoption", values)).toContain("R&D");
    expect(createI18n("en", { escapeValue: true }).t("programmes:detail.adoption", values)).toContain("R&amp;D");
  });
});

describe("term", () => {
  it("names institutions as the organisation's country does", () => {
    const sv = createI18n("sv");
    expect(term(sv, "county", "SE")).toBe("Region");
    expect(term(sv, "county", "NO")).toBe("Fylkeskommun");
    expect(term(sv, "actionProgramme", "NO")).toBe("Handlingsprogram");
    expect(term(sv, "municipalCouncil", "SE")).toBe("Kommunfullmäktige");
    const nb = createI18n("nb");
    expect(term(nb, "county", "NO")).toBe("Fylkeskommune");
    expect(term(nb, "actionProgramme", "SE")).toBe("Handlingsplan");
    expect(term(nb, "municipalCouncil", "NO")).toBe("Kommunestyret");
  });

  it("uses the language's own country without a context", () => {
    expect(term(createI18n("sv"), "measure")).toBe("Åtgärd");
    expect(term(createI18n("nn"), "measure")).toBe("Tiltak");
  });

  it("labels organisation kinds per country", () => {
    expect(organisationKindLabel(createI18n("en"), "county", "SE")).toBe("Region");
    expect(organisationKindLabel(createI18n("nb"), "regional_council", "NO")).toBe("Regionråd");
  });
});
