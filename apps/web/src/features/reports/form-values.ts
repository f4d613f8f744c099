import { FUNDING_SOURCES, type FundingSource, type MeasureStatus } from "@samspill/domain";
import type { Language } from "@samspill/i18n";

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

export type ErrorKey = "progressRange" | "spent" | "indicator" | "completedProgress" | "invalid";
/** Field name (or `indicator:<id>`, `spending:<source>`) to the key of its message under `form.errors`. */
export type FieldErrors = Record<string, ErrorKey>;

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

export function validate(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  const progress = values.progress.trim();
  if (!/^\d{1,3}$/.test(progress) || Number(progress) > 100) errors.progress = "progressRange";
  else if (values.measureStatus === "completed" && Number(progress) !== 100) errors.progress = "completedProgress";
  for (const [source, text] of Object.entries(values.spending)) {
    if (text.trim() !== "" && parseAmountMinor(text) === null) errors[`spending:${source}`] = "spent";
  }
  for (const [id, text] of Object.entries(values.indicators)) {
    // An indicator left empty is simply not reported this period.
    if (text.trim() !== "" && parseNumber(text) === null) errors[`indicator:${id}`] = "indicator";
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

const FIELD_OF_PATH: Record<string, string> = {
  measureStatus: "measureStatus", progress: "progress", narrative: "narrative",
};

/** Where an issue of the sent content belongs on the form: `spending.lines.1.amountMinor` is the second line's source. */
function fieldOfPath(path: string, sent: { indicatorIds: readonly string[]; spendingSources: readonly string[] }): string | undefined {
  const [head = "", second, third] = path.split(".");
  if (head === "indicatorValues") return `indicator:${sent.indicatorIds[Number(second)] ?? ""}`;
  if (head === "spending") return `spending:${sent.spendingSources[Number(third)] ?? sent.spendingSources[0] ?? ""}`;
  return FIELD_OF_PATH[head];
}

/** The server's field issues (`data.issues[].path`) placed at the form's fields, given what was sent. */
export function serverFieldErrors(
  error: unknown,
  sent: { indicatorIds: readonly string[]; spendingSources: readonly string[] },
): FieldErrors {
  const issues = (error as { data?: { issues?: unknown } } | null)?.data?.issues;
  if (!Array.isArray(issues)) return {};
  const errors: FieldErrors = {};
  for (const issue of issues as Array<{ path?: string; message?: string }>) {
    const head = (issue.path ?? "").split(".")[0] ?? "";
    const field = fieldOfPath(issue.path ?? "", sent);
    if (!field) continue;
    errors[field] = head === "progress" && /completed/.test(issue.message ?? "") ? "completedProgress" : "invalid";
  }
  return errors;
}
