import type { Resources } from "@samspill/i18n";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { FieldProblem, FieldProblems } from "./field-problems";

// The one place a field problem becomes words: "Title can be at most 300 characters", "End date
// must be on or after the start date". Every form's field errors and error summary use it.

export interface FieldWords {
  /** Each field's label as the form shows it; the message names the field by it. */
  labels: Record<string, string>;
  /** How a field is written, for a format problem: `caseNumber: "12/23"`. */
  examples?: Record<string, string>;
  /** A feature's own words for a domain reason it knows better (undefined: the shared words). */
  reasonText?: (reason: string) => string | undefined;
}

type FieldKey = keyof Resources["forms"]["field"];
type ReasonKey = keyof Resources["forms"]["reasons"];
type Translate = TFunction<"forms">;

/** "Start date" in the middle of a sentence: "… on or after the start date". */
function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

function key(problem: FieldProblem): FieldKey {
  const { code, params, path } = problem;
  const origin = params.origin;
  switch (code) {
    case "required":
      return "required";
    case "too_small":
      if (origin === "string") return Number(params.minimum) <= 1 ? "required" : "tooShort";
      if (origin === "array" || origin === "set") return "required";
      return "tooSmall";
    case "too_big":
      if (origin === "string") return "tooLong";
      if (origin === "array" || origin === "set") return "tooMany";
      return path?.endsWith("amountMinor") ? "tooLargeAmount" : "tooLarge";
    case "out_of_range":
      return "outOfRange";
    case "invalid_format":
      if (params.format === "date" || params.format === "datetime") return "date";
      if (params.format === "email") return "email";
      return "format";
    case "invalid_value":
      return "choose";
    case "invalid_type":
      if (params.expected === "int") return "notWholeNumber";
      return params.expected === "number" ? "notNumber" : "invalid";
    case "not_a_number":
      return "notNumber";
    case "not_a_whole_number":
      return "notWholeNumber";
    case "not_an_amount":
      return "notAmount";
    default:
      return "invalid";
  }
}

export function fieldMessage(t: Translate, words: FieldWords, field: string, problem: FieldProblem): string {
  const label = words.labels[field] ?? field;
  const values = { ...problem.params, field: label };
  const reason = problem.code === "custom" && typeof problem.params.reason === "string" ? problem.params.reason : null;
  if (reason === "range_not_ordered") {
    const startKey = String(problem.params.startKey ?? "");
    return t("field.endBeforeStart", { ...values, start: inSentence(words.labels[startKey] ?? startKey) });
  }
  if (reason) {
    const own = words.reasonText?.(reason);
    if (own) return `${label}: ${own}`;
    // A reason without words of its own is still an invalid field, said plainly.
    return t(`reasons.${reason as ReasonKey}`, { ...values, defaultValue: t("field.invalid", values) });
  }
  const which = key(problem);
  if (which === "format") {
    const example = words.examples?.[field];
    return example ? t("field.format", { ...values, example }) : t("field.formatUnknown", values);
  }
  return t(`field.${which}`, values);
}

/** Every problem as its message, by field. */
export function fieldMessages(t: Translate, words: FieldWords, problems: FieldProblems): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, fieldMessage(t, words, field, problem)]));
}

/** `fieldMessages` in the reader's language. */
export function useFieldMessages(words: FieldWords, problems: FieldProblems): Record<string, string> {
  const { t } = useTranslation("forms");
  return fieldMessages(t, words, problems);
}
