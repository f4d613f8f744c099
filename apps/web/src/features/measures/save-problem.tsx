import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
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
  if (problem.code === "CONFLICT") {
    return (
      <ConflictAlert message={t("edit.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")} onReload={onReload} onReapply={onReapply} />
    );
  }
  const reason = problem.reason === "not_own_municipality" ? t("edit.reason.not_own_municipality") : null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t(`common:errors.${problem.code}`)}</Paragraph>
      {reason && <Paragraph>{reason}</Paragraph>}
    </Alert>
  );
}
