import { useTranslation } from "react-i18next";
import { fieldMessage } from "../../shared/forms";
import type { LineProblem, PastePlan, PasteTarget, PreviewRow } from "./paste-plan";

// A paste's texts in the reader's language: its heading and hint, each problem as "Line 4,
// Focus area: …" (a name that matches nothing says which name), and what was added.

const OWN_REASONS = new Set([
  "focusArea_unknown", "focusArea_ambiguous", "subTheme_exists", "responsibleOrganisation_unknown", "responsibleOrganisation_ambiguous",
]);

/** What a save answered: the items it created, by kind. */
export interface AddedCounts {
  focusAreas?: unknown[];
  subThemes?: unknown[];
  goals?: unknown[];
  measures?: unknown[];
}

export function usePasteWords(target: PasteTarget) {
  const { t } = useTranslation("paste-entry");
  const { t: forms } = useTranslation("forms");

  function problem({ line, column, problem: found }: LineProblem, rows: readonly PreviewRow[]): string {
    if (line === null || column === null) return t("tooManyLines", { maximum: found.params.maximum ?? "" });
    const label = t(`column.${column}`);
    const reason = typeof found.params.reason === "string" ? found.params.reason : null;
    const value = rows.find((row) => row.line === line)?.cells[column] ?? "";
    const message = reason && OWN_REASONS.has(reason)
      ? t(`reason.${reason as "focusArea_unknown"}`, { value })
      : fieldMessage(forms, { labels: { [found.path ?? column]: label } }, found.path ?? column, found);
    return t("atLine", { line, column: label, message });
  }

  return {
    heading: t(`${target}.heading`),
    columnsHint: (underOne: boolean) => (target === "structure" && underOne ? t("structure.columnsUnder") : t(`${target}.columns`)),
    problem,
    save: (plan: PastePlan) => t(`${target}.save`, { count: plan.creates }),
    added: (added: AddedCounts) =>
      target === "structure"
        ? t("structure.added", { areas: t("structure.areas", { count: added.focusAreas?.length ?? 0 }), subThemes: t("structure.subThemes", { count: added.subThemes?.length ?? 0 }) })
        : t(`${target}.added`, { count: (target === "goals" ? added.goals : added.measures)?.length ?? 0 }),
  };
}
