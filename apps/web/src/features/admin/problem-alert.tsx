import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
import type { Problem } from "./problem";

interface ProblemAlertProps {
  problem: Problem;
  /** The field problems in words, in the form's order (`useAdminMessages`). */
  messages?: Record<string, string>;
  /** Given when the form can recover from someone else's save. */
  onReload?: () => void;
  onReapply?: () => void;
}

/**
 * A refused save said plainly. Someone else's save offers "reload" and "apply my change
 * again"; field problems are summarised here and shown again at their fields.
 */
export function ProblemAlert({ problem, messages = {}, onReload, onReapply }: ProblemAlertProps) {
  const { t } = useTranslation(["admin", "common"]);
  if (problem.versionConflict && onReload && onReapply) {
    return (
      <ConflictAlert message={t("conflict.text")} reloadLabel={t("conflict.reload")} reapplyLabel={t("conflict.reapply")} onReload={onReload} onReapply={onReapply} />
    );
  }
  const listed = Object.entries(messages);
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{listed.length > 0 ? t("form.errorSummary") : t(`common:errors.${problem.code}`)}</Paragraph>
      {listed.length > 0 && (
        <ul>
          {listed.map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
