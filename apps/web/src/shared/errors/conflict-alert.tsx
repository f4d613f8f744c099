import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useFocusOnOpen } from "../ui/focus";

interface ConflictAlertProps {
  /** What someone else changed first, said in full. */
  message: string;
  /** The button's words where the feature has its own; "Reload" otherwise. */
  reloadLabel?: string;
  /** The button's words where the feature has its own; "Apply my change again" otherwise. */
  reapplyLabel?: string;
  onReload: () => void;
  onReapply: () => void;
  /** The alert takes the focus, so that the choice is the next thing a keyboard user reaches. */
  takeFocus?: boolean;
}

/**
 * Someone else saved first (a version conflict): reload to see their change, or apply the
 * user's change again on top of it. The texts come from the feature, which knows what was changed.
 */
export function ConflictAlert({ message, reloadLabel, reapplyLabel, onReload, onReapply, takeFocus = false }: ConflictAlertProps) {
  const { t } = useTranslation("forms");
  const alert = useFocusOnOpen<HTMLDivElement>(takeFocus);
  return (
    <Alert ref={alert} tabIndex={takeFocus ? -1 : undefined} data-color="warning" role="alert">
      <Paragraph>{message}</Paragraph>
      <div className="alert-actions">
        <Button type="button" variant="secondary" onClick={onReload}>
          {reloadLabel ?? t("conflict.reload")}
        </Button>
        <Button type="button" onClick={onReapply}>
          {reapplyLabel ?? t("conflict.reapply")}
        </Button>
      </div>
    </Alert>
  );
}
