import { createI18n } from "@samspill/i18n";
import { describe, expect, it } from "vitest";
import { fieldMessage, fieldMessages } from "./field-message";
import { CreateProgrammeInputSchema } from "@samspill/domain";
import { checkBeforeSending, fieldProblemsOf, REQUIRED, schemaProblems } from "./field-problems";

function serverError(issues: unknown[], extra: Record<string, unknown> = {}): Error {
  const error = new Error("x") as Error & { data: unknown };
  error.data = { code: "BAD_REQUEST", domainCode: "INVALID_INPUT", issues, ...extra };
  return error;
}

const words = {
  labels: { title: "Tittel", periodStart: "Startdato", periodEnd: "Sluttdato", progress: "Framdrift", amount: "Beløp", caseNumber: "Saksnummer", links: "Gjelder" },
  examples: { caseNumber: "12/23" },
};

function nb() {
  return createI18n("nb").getFixedT("nb", "forms");
}

describe("field problems from the server", () => {
  it("take each field's first issue with its code and params", () => {
    const problems = fieldProblemsOf(serverError([
      { path: "title", code: "too_big", params: { maximum: 300, origin: "string" } },
      { path: "title", code: "too_small", params: { minimum: 1, origin: "string" } },
      { path: "amount.amountMinor", code: "too_big", params: { maximum: 9007199254740991, origin: "number" } },
    ]));
    expect(problems.title).toEqual({ code: "too_big", params: { maximum: 300, origin: "string" }, path: "title" });
    expect(problems.amount?.path).toBe("amount.amountMinor");
  });

  it("put a refusal that names its field there, a taken case number among them", () => {
    const error = new Error("x") as Error & { data: unknown };
    error.data = { domainCode: "CONFLICT", reason: "case_number_taken", params: { field: "caseNumber", caseNumber: "12/23" }, issues: null };
    expect(fieldProblemsOf(error)).toEqual({
      caseNumber: { code: "custom", params: { field: "caseNumber", caseNumber: "12/23", reason: "case_number_taken" }, path: "caseNumber" },
    });
  });

  it("follow a form's own mapping of paths to fields", () => {
    const problems = fieldProblemsOf(serverError([{ path: "binding.table", code: "invalid_format", params: { format: "regex" } }]), (path) => path.split(".")[1] ?? null);
    expect(Object.keys(problems)).toEqual(["table"]);
  });
});

describe("field messages", () => {
  const t = nb();
  const say = (field: string, problem: Parameters<typeof fieldMessage>[3]) => fieldMessage(t, words, field, problem);

  it("name the field and its limit", () => {
    expect(say("title", { code: "too_big", params: { maximum: 300, origin: "string" } })).toBe("Tittel kan ha høyst 300 tegn.");
    expect(say("title", { code: "too_small", params: { minimum: 1, origin: "string" } })).toBe("Tittel må fylles ut.");
    expect(say("title", REQUIRED)).toBe("Tittel må fylles ut.");
    expect(say("progress", { code: "too_big", params: { maximum: 100, origin: "number" } })).toBe("Framdrift kan være høyst 100.");
    expect(say("progress", { code: "out_of_range", params: { minimum: 0, maximum: 100 } })).toBe("Framdrift må være fra 0 til 100.");
    expect(say("amount", { code: "too_big", params: { maximum: 1, origin: "number" }, path: "amount.amountMinor" })).toBe("Beløp er for stort.");
    expect(say("progress", { code: "invalid_type", params: { expected: "int" } })).toBe("Framdrift må være et helt tall.");
    expect(say("progress", { code: "invalid_type", params: { expected: "number", received: "NaN" } })).toBe("Framdrift må være et tall.");
  });

  const OWNER = "00000000-0000-4000-8000-000000000000";
  const programme = (values: { title: string; periodStart: string; periodEnd: string }) => ({ ownerId: OWNER, ...values });

  it("say an end before its start at the end, naming the start, as the domain's schema finds it before sending", () => {
    const problems = schemaProblems(CreateProgrammeInputSchema, programme({ title: "Handlingsprogram", periodStart: "2024-01-01", periodEnd: "2023-12-31" }));
    expect(Object.keys(problems)).toEqual(["periodEnd"]);
    expect(say("periodEnd", problems.periodEnd!)).toBe("Sluttdato må være samme dag som eller etter startdato.");
    expect(schemaProblems(CreateProgrammeInputSchema, programme({ title: "H", periodStart: "2024-01-01", periodEnd: "2024-01-01" }))).toEqual({});
  });

  it("find a title too long before sending, with the schema's limit", () => {
    const problems = schemaProblems(CreateProgrammeInputSchema, programme({ title: "x".repeat(301), periodStart: "2024-01-01", periodEnd: "2024-12-31" }));
    expect(say("title", problems.title!)).toBe("Tittel kan ha høyst 300 tegn.");
  });

  it("word formats, choices and domain reasons, with the plain words for a reason it does not know", () => {
    expect(say("caseNumber", { code: "invalid_format", params: { format: "regex" } })).toBe("Saksnummer skrives som 12/23.");
    expect(say("periodStart", { code: "invalid_format", params: { format: "date" } })).toBe("Startdato må være en gyldig dato.");
    expect(say("links", { code: "custom", params: { reason: "link_not_of_council" } })).toBe(
      "Gjelder: bare rådets egne programmer, tiltak og avtaler kan knyttes til.",
    );
    expect(say("caseNumber", { code: "custom", params: { reason: "case_number_taken", caseNumber: "12/23" } })).toBe(
      "Saksnummer: sak 12/23 står allerede på sakslisten til møtet.",
    );
    expect(say("title", { code: "custom", params: { reason: "something_new" } })).toBe("Tittel er ikke gyldig.");
    expect(fieldMessage(t, { ...words, reasonText: (reason) => (reason === "code_required" ? "må fylles ut for en kommune." : undefined) }, "title",
      { code: "custom", params: { reason: "code_required" } })).toBe("Tittel: må fylles ut for en kommune.");
  });

  it("name every missing field, so an empty form does not say the same thing three times", () => {
    const values = { title: "", periodStart: "", periodEnd: "" };
    const problems = checkBeforeSending(CreateProgrammeInputSchema, programme(values), values, ["title", "periodStart", "periodEnd"]);
    expect(fieldMessages(t, words, problems)).toEqual({
      title: "Tittel må fylles ut.", periodStart: "Startdato må fylles ut.", periodEnd: "Sluttdato må fylles ut.",
    });
  });
});
