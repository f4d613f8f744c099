import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useFocusOnOpen } from "../../shared/ui/focus";

interface ConflictAlertProps {
  /** What was changed first by someone else, said in full. */
  message: string;
  onReload: () => void;
  onReapply: () => void;
}

/**
 * Someone else saved first: reload to see their change, or apply the user's change on top of it.
 * The alert takes the focus, so that the choice is the next thing a keyboard user reaches.
 */
export function ConflictAlert({ message, onReload, onReapply }: ConflictAlertProps) {
  const { t } = useTranslation("meetings");
  const alert = useFocusOnOpen<HTMLDivElement>();
  return (
    <Alert ref={alert} tabIndex={-1} data-color="warning" role="alert">
      <Paragraph>{message}</Paragraph>
      <div className="field-inline">
        <Button type="button" variant="secondary" onClick={onReload}>
          {t("edit.reload")}
        </Button>
        <Button type="button" onClick={onReapply}>
          {t("edit.reapply")}
        </Button>
      </div>
    </Alert>
  );
}
