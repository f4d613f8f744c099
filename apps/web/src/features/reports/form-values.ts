import type { MeasureStatus } from "@samspill/domain";
import type { Language } from "@samspill/i18n";

// The report form keeps what the user typed as text, so a half-typed amount is not lost, and
// turns it into the API's content (integers, minor units) only when it is all valid.

export interface FormValues {
  measureStatus: MeasureStatus;
  progress: string;
  narrative: string;
  spent: string;
  /** By indicator id. */
  indicators: Record<string, string>;
}

export type ErrorKey = "progressRange" | "spent" | "indicator" | "completedProgress" | "invalid";
/** Field name (or `indicator:<id>`) to the key of its message under `form.errors`. */
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
  if (parseAmountMinor(values.spent) === null) errors.spent = "spent";
  for (const [id, text] of Object.entries(values.indicators)) {
    // An indicator left empty is simply not reported this period.
    if (text.trim() !== "" && parseNumber(text) === null) errors[`indicator:${id}`] = "indicator";
  }
  return errors;
}

/** The content the API takes; call only when `validate` found nothing. */
export function toContent(values: FormValues, currency: "NOK" | "SEK" | "EUR") {
  return {
    measureStatus: values.measureStatus,
    progress: Number(values.progress.trim()),
    narrative: values.narrative,
    spent: { amountMinor: parseAmountMinor(values.spent) ?? 0, currency },
    indicatorValues: Object.entries(values.indicators)
      .filter(([, text]) => text.trim() !== "")
      .map(([indicatorId, text]) => ({ indicatorId, value: parseNumber(text) ?? 0 })),
  };
}

const FIELD_OF_PATH: Record<string, string> = {
  measureStatus: "measureStatus", progress: "progress", narrative: "narrative", spent: "spent",
};

/** The server's field issues (`data.issues[].path`) placed at the form's fields. */
export function serverFieldErrors(error: unknown, indicatorIds: readonly string[]): FieldErrors {
  const issues = (error as { data?: { issues?: unknown } } | null)?.data?.issues;
  if (!Array.isArray(issues)) return {};
  const errors: FieldErrors = {};
  for (const issue of issues as Array<{ path?: string; message?: string }>) {
    const [head = "", index] = (issue.path ?? "").split(".");
    const field = head === "indicatorValues" ? `indicator:${indicatorIds[Number(index)] ?? ""}` : FIELD_OF_PATH[head];
    if (!field) continue;
    errors[field] = head === "progress" && /completed/.test(issue.message ?? "") ? "completedProgress" : "invalid";
  }
  return errors;
}
