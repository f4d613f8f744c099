import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { MutationProblem } from "../measures/mutation-error";
import { SaveProblem } from "../measures/save-problem";

// Refusals whose reason the secretariat can act on, said in words rather than as a code.
const REASONS = new Set(["focus_area_not_empty", "goal_has_indicators"]);

interface ItemProblemProps {
  problem: MutationProblem;
  onReload: () => void;
  onReapply: () => void;
}

/** A failed edit or removal: a conflict offers reload / apply again, a known refusal says why. */
export function ItemProblem({ problem, onReload, onReapply }: ItemProblemProps) {
  const { t } = useTranslation("programme-editing");
  if (problem.reason && REASONS.has(problem.reason)) {
    const reason = problem.reason as "focus_area_not_empty" | "goal_has_indicators";
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t(`structure.reason.${reason}`)}</Paragraph>
      </Alert>
    );
  }
  return <SaveProblem problem={problem} onReload={onReload} onReapply={onReapply} />;
}
