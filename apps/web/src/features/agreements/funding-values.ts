import { optionalText, YearSchema } from "@samspill/domain";
import { blankProblems, schemaProblems, type FieldProblems } from "../../shared/forms";
import type { Language } from "@samspill/i18n";
import { parseAmountInput } from "../../shared/figures/amount-input";

/** A funding commitment as typed: text, so a half-typed amount is not lost. */
export type FundingValues = { year: string; source: string; sourceName: string; amount: string };

const WHOLE = /^\d+$/;

/** The year (a whole number in the domain's range), the amount (a readable sum) and the source's name, checked before sending. */
export function checkFunding(values: FundingValues, language: Language): FieldProblems {
  const problems: FieldProblems = {};
  const yearText = values.year.trim();
  if (yearText && !WHOLE.test(yearText)) problems.year = { code: "not_a_whole_number", params: {} };
  else if (yearText) Object.assign(problems, schemaProblems(YearSchema, Number(yearText), () => "year"));
  if (parseAmountInput(values.amount, language) === "invalid") problems.amount = { code: "not_an_amount", params: {} };
  Object.assign(problems, schemaProblems(optionalText(200), values.sourceName, () => "sourceName"));
  return { ...problems, ...blankProblems(values, ["year", "amount"]) };
}
