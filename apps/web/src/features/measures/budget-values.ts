import { FUNDING_SOURCES, optionalText, YearSchema, type FundingSource } from "@samspill/domain";
import { blankProblems, schemaProblems, type FieldProblems } from "../../shared/forms";
import type { MeasureDetail } from "./types";

type BudgetLine = MeasureDetail["budget"]["lines"][number];

/** What the budget form holds: text as typed, so a half-typed amount is not lost. */
export interface BudgetValues {
  year: string;
  amount: string;
  fundingSource: FundingSource;
  /** "" for the whole measure, else a part id. */
  partId: string;
  description: string;
}


/**
 * An amount typed in the currency's major unit ("150 000", "1 250,50", "1250.5") as minor
 * units (øre, öre, cent). Spaces of any kind group thousands; comma or dot marks decimals.
 * Null when it is not a plain, non-negative number with at most two decimals.
 */
export function parseAmountMinor(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const minor = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units back as the text a user would type: whole units without decimals when even. */
export function amountText(amountMinor: number): string {
  const whole = Math.trunc(amountMinor / 100);
  const cents = amountMinor % 100;
  return cents === 0 ? String(whole) : `${whole},${String(cents).padStart(2, "0")}`;
}

export interface CheckedBudget {
  errors: FieldProblems;
  year: number;
  amountMinor: number;
}

const WHOLE = /^-?\d+$/;
const AMOUNT = /^\d+(?:[.,]\d{1,2})?$/;
/** A budget line's description, as the domain limits it. */
const DescriptionSchema = optionalText(1000);

/** The checks a user can fix before sending — the domain's year range, a readable amount — named per field. */
export function checkBudget(values: BudgetValues): CheckedBudget {
  const yearText = values.year.trim();
  const year = Number(yearText);
  const amountMinor = parseAmountMinor(values.amount);
  const errors: FieldProblems = {};
  if (!WHOLE.test(yearText)) errors.year = { code: "not_a_whole_number", params: {} };
  else Object.assign(errors, schemaProblems(YearSchema, year, () => "year"));
  const amountText = values.amount.replace(/[\s\u00a0\u202f]/g, "");
  if (!AMOUNT.test(amountText)) errors.amount = { code: "not_an_amount", params: {} };
  // Well written but more than can be held exactly.
  else if (amountMinor === null) errors.amount = { code: "too_big", params: { origin: "number" }, path: "amount.amountMinor" };
  Object.assign(errors, schemaProblems(DescriptionSchema, values.description, () => "description"));
  return { errors: { ...errors, ...blankProblems(values, ["year", "amount"]) }, year, amountMinor: amountMinor ?? 0 };
}

export function emptyBudgetValues(partId = ""): BudgetValues {
  return { year: String(new Date().getFullYear()), amount: "", fundingSource: FUNDING_SOURCES[0], partId, description: "" };
}

export function budgetValuesOf(line: BudgetLine): BudgetValues {
  return {
    year: String(line.year),
    amount: amountText(line.amount.amountMinor),
    fundingSource: line.fundingSource,
    partId: line.partId ?? "",
    description: line.description,
  };
}
