import { useTranslation } from "react-i18next";
import { ConflictAlert, ErrorSummary, type FormProblem } from "../../shared/forms";

// Refusals whose reason the secretariat can act on, in programme editing's own words.
const REASONS = new Set(["focus_area_not_empty", "goal_has_indicators"]);

interface ItemProblemProps {
  problem: FormProblem;
  onReload: () => void;
  onReapply: () => void;
}

/** A failed edit, move or removal: a conflict offers reload / apply again, a refusal says why. */
export function ItemProblem({ problem, onReload, onReapply }: ItemProblemProps) {
  const { t } = useTranslation("programme-editing");
  const { t: measures } = useTranslation("measures");
  if (problem.versionConflict || problem.code === "CONFLICT") {
    return <ConflictAlert message={measures("edit.conflict")} reloadLabel={measures("edit.reload")} reapplyLabel={measures("edit.reapply")}
      onReload={onReload} onReapply={onReapply} />;
  }
  const reasonText = (reason: string) => (REASONS.has(reason) ? t(`structure.reason.${reason as "focus_area_not_empty"}`) : undefined);
  return <ErrorSummary messages={{}} idPrefix="item" problem={problem} subject="programme" reasonText={reasonText} />;
}
