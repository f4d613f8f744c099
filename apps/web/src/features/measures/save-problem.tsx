import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
import { knownRefusalText } from "../../shared/errors/refusal";
import type { MutationProblem } from "./mutation-error";

interface SaveProblemProps {
  problem: MutationProblem;
  onReload: () => void;
  onReapply: () => void;
}

/**
 * A refused or lost save, said plainly: a conflict offers to reload or to apply the change
 * again on the latest version; a refusal says why when the server gave a reason.
 */
export function SaveProblem({ problem, onReload, onReapply }: SaveProblemProps) {
  const { t } = useTranslation(["measures", "common"]);
  const { t: forms } = useTranslation("forms");
  if (problem.code === "CONFLICT") {
    return (
      <ConflictAlert message={t("edit.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")} onReload={onReload} onReapply={onReapply} />
    );
  }
  // The measure's own words for another municipality's part; the shared ones for the programme's state.
  const reason = problem.reason === "not_own_municipality" ? t("edit.reason.not_own_municipality") : knownRefusalText(forms, "measure", problem.reason);
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t(`common:errors.${problem.code}`)}</Paragraph>
      {reason && <Paragraph>{reason}</Paragraph>}
    </Alert>
  );
}
