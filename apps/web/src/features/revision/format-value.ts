import type { MeasureScope, MeasureStatus } from "@samspill/domain";
import { formatDate, formatPercent, type Language } from "@samspill/i18n";
import type { TFunction } from "i18next";

// A changed field's before and after, as a reader understands them: statuses in words, dates
// and percentages in the reader's language, references by the title of what they point at.

export interface ValueContext {
  t: TFunction<["revision", "domain"]>;
  language: Language;
  /** Titles of every focus area and goal of both versions, by id. */
  titles: ReadonlyMap<string, string>;
}

const FIELD_LABELS = [
  "title", "heading", "description", "parentId", "focusAreaId", "goalIds", "position", "status", "progress", "scope",
  "ownerId", "responsibleOrganisationId", "responsiblePerson", "sdgGoals", "startDate", "endDate",
] as const;
type KnownField = (typeof FIELD_LABELS)[number];

function isKnown(field: string): field is KnownField {
  return (FIELD_LABELS as readonly string[]).includes(field);
}

export function fieldLabel(field: string, t: ValueContext["t"]): string {
  return isKnown(field) ? t(`revision:diff.fields.${field}`) : t("revision:diff.fields.other", { field });
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

export function formatValue(field: string, value: unknown, { t, language, titles }: ValueContext): string {
  if (isEmpty(value)) return t("revision:diff.empty");
  const title = (id: unknown) => (typeof id === "string" ? (titles.get(id) ?? t("revision:diff.unknown")) : t("revision:diff.unknown"));
  switch (field) {
    case "status":
      return t(`domain:measureStatus.${value as MeasureStatus}`);
    case "scope":
      return t(`domain:measureScope.${value as MeasureScope}`);
    case "progress":
      return typeof value === "number" ? formatPercent(value, language) : String(value);
    case "startDate":
    case "endDate":
      return typeof value === "string" ? formatDate(value, language) : String(value);
    case "position":
      return typeof value === "number" ? t("revision:diff.position", { position: value + 1 }) : String(value);
    case "parentId":
    case "focusAreaId":
      return title(value);
    case "goalIds":
      return Array.isArray(value) ? value.map(title).join("; ") : title(value);
    case "sdgGoals":
      return Array.isArray(value) ? t("revision:diff.sdg", { goals: value.join(", ") }) : String(value);
    case "ownerId":
    case "responsibleOrganisationId":
      // The diff carries organisation ids only; the measure page names them.
      return t("revision:diff.unknown");
    default:
      return typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
  }
}

/** Fields whose values are the programme's own text (or name its rows), in the owner's language. */
export function isContentField(field: string): boolean {
  return ["title", "heading", "description", "responsiblePerson", "parentId", "focusAreaId", "goalIds"].includes(field);
}
