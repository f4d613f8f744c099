import { FUNDING_SOURCES, optionalText, type FundingSource, type MeasureStatus } from "@samspill/domain";
import type { Language } from "@samspill/i18n";
import { REQUIRED, schemaProblems, type FieldProblem, type FieldProblems, type FormProblemOptions } from "../../shared/forms";

// The report form keeps what the user typed as text, so a half-typed amount is not lost, and
// turns it into the API's content (integers, minor units) only when it is all valid.

export interface FormValues {
  measureStatus: MeasureStatus;
  progress: string;
  narrative: string;
  /** What was spent per funding source, as typed; a source left empty spent nothing. */
  spending: Partial<Record<FundingSource, string>>;
  /** By indicator id. */
  indicators: Record<string, string>;
}

/** Field name (or `indicator:<id>`, `spending:<source>`) to its problem, worded by the shared `fieldMessage`. */
export type FieldErrors = FieldProblems;

const AMOUNT = /^\d+(?:[.,]\d{1,2})?$/;

/** "12 500,50", "12500.5" or "12500" to minor units; null when it is not an amount. */
export function parseAmountMinor(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (!AMOUNT.test(compact)) return null;
  const [whole = "0", fraction = ""] = compact.split(/[.,]/);
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as an editable amount, with the language's decimal sign and no grouping. */
export function amountText(amountMinor: number, language: Language): string {
  const whole = Math.floor(amountMinor / 100);
  const cents = amountMinor % 100;
  if (cents === 0) return String(whole);
  return `${whole}${language === "en" ? "." : ","}${String(cents).padStart(2, "0")}`;
}

function parseNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (compact === "" || !/^-?\d+(?:\.\d+)?$/.test(compact)) return null;
  return Number(compact);
}

const PROGRESS_RANGE: FieldProblem = { code: "out_of_range", params: { minimum: 0, maximum: 100 } };
/** The narrative's limit, the same schema the server checks it with. */
const NarrativeSchema = optionalText(20_000);

function progressProblem(values: FormValues): FieldProblem | null {
  const progress = values.progress.trim();
  if (progress === "") return REQUIRED;
  if (!/^-?\d+$/.test(progress)) return { code: "not_a_whole_number", params: {} };
  const value = Number(progress);
  if (value < 0 || value > 100) return PROGRESS_RANGE;
  if (values.measureStatus === "completed" && value !== 100) return { code: "custom", params: { reason: "completed_needs_full_progress" } };
  return null;
}

/** A source's amount as typed; empty is nothing spent from it. */
function amountProblem(text: string): FieldProblem | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return null;
  if (!AMOUNT.test(compact)) return { code: "not_an_amount", params: {} };
  // Well written but more than the portal can hold exactly.
  return parseAmountMinor(text) === null ? { code: "too_big", params: { origin: "number" }, path: "spending.lines.amountMinor" } : null;
}

export function validate(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  const progress = progressProblem(values);
  if (progress) errors.progress = progress;
  for (const [source, text] of Object.entries(values.spending)) {
    const problem = amountProblem(text);
    if (problem) errors[`spending:${source}`] = problem;
  }
  const narrative = schemaProblems(NarrativeSchema, values.narrative, () => "narrative").narrative;
  if (narrative) errors.narrative = narrative;
  for (const [id, text] of Object.entries(values.indicators)) {
    // An indicator left empty is simply not reported this period.
    if (text.trim() !== "" && parseNumber(text) === null) errors[`indicator:${id}`] = { code: "not_a_number", params: {} };
  }
  return errors;
}

/** The amounts given, in the order of the funding sources; the server keeps only those above zero. */
function spendingLines(values: FormValues) {
  return FUNDING_SOURCES.flatMap((fundingSource) => {
    const text = values.spending[fundingSource]?.trim() ?? "";
    return text === "" ? [] : [{ fundingSource, amountMinor: parseAmountMinor(text) ?? 0 }];
  });
}

/** A report's spending lines as the form's text per funding source. */
export function spendingText(lines: readonly { fundingSource: FundingSource; amountMinor: number }[], language: Language) {
  return Object.fromEntries(lines.map((line) => [line.fundingSource, amountText(line.amountMinor, language)]));
}

/** The content the API takes; call only when `validate` found nothing. */
export function toContent(values: FormValues, currency: "NOK" | "SEK" | "EUR") {
  return {
    measureStatus: values.measureStatus,
    progress: Number(values.progress.trim()),
    narrative: values.narrative,
    spending: { currency, lines: spendingLines(values) },
    indicatorValues: Object.entries(values.indicators)
      .filter(([, text]) => text.trim() !== "")
      .map(([indicatorId, text]) => ({ indicatorId, value: parseNumber(text) ?? 0 })),
  };
}

/** What was sent, to place an issue by its index: the indicators' ids and the spending lines' sources in order. */
export interface SentContent {
  indicatorIds: readonly string[];
  spendingSources: readonly string[];
}

/**
 * How a refused save is read (`formProblemOf`): the server's field issues placed at the form's
 * fields — `indicatorValues.1.value` is that indicator's, `spending.lines.1.amountMinor` the
 * second line's source (an issue of all the lines, such as their total, the first's).
 */
export function reportProblems(sent: SentContent): FormProblemOptions {
  return {
    fieldOf: (path) => {
      const [head = "", second, third] = path.split(".");
      if (head === "indicatorValues") return `indicator:${sent.indicatorIds[Number(second)] ?? ""}`;
      if (head === "spending") return `spending:${sent.spendingSources[Number(third)] ?? sent.spendingSources[0] ?? ""}`;
      return ["measureStatus", "progress", "narrative"].includes(head) ? head : null;
    },
  };
}
