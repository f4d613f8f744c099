import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConflictAlert, useRemoval } from "../../shared/forms";
import { onEscape, useFocusOnOpen } from "../../shared/ui/focus";
import { useProblemText } from "./problem-text";

// The small pieces every agreement editor shares: which row is being added, changed or removed,
// the buttons on a row, "remove?" asked once more, and the notice after a save.

export type EditTask = { kind: "add" } | { kind: "edit"; id: string } | { kind: "remove"; id: string } | null;

/** One task at a time per part of the agreement, and the notice of the last one done. */
export function useEditTask() {
  const [task, setTask] = useState<EditTask>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    task,
    notice,
    begin: (next: EditTask) => {
      setNotice(null);
      setTask(next);
    },
    done: (message: string) => {
      setTask(null);
      setNotice(message);
    },
  };
}

/** "Edit" and "Remove" for one row, each naming the row for screen readers. */
export function RowActions({ name, onEdit, onRemove }: { name: string; onEdit?: () => void; onRemove?: () => void }) {
  const { t } = useTranslation("agreement-editing");
  return (
    <div className="agreement-form-buttons">
      {onEdit && (
        <Button type="button" variant="tertiary" data-size="sm" aria-label={t("row.editNamed", { name })} onClick={onEdit}>
          {t("row.edit")}
        </Button>
      )}
      {onRemove && (
        <Button type="button" variant="tertiary" data-size="sm" data-color="danger" aria-label={t("row.removeNamed", { name })} onClick={onRemove}>
          {t("row.remove")}
        </Button>
      )}
    </div>
  );
}

export function Notice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <Alert data-color="success" role="status" data-size="sm">
      <Paragraph data-size="sm">{text}</Paragraph>
    </Alert>
  );
}

interface RemoveConfirmProps {
  question: string;
  /** Removes the row at a version: the one read, or after a conflict the latest. */
  send: (version: number) => Promise<unknown>;
  version: number;
  latestVersion: () => Promise<number | null>;
  onReload: () => void;
  onDone: () => void;
  onCancel: () => void;
}

/** "Remove …?" in place of a dialog: it takes the focus, Escape cancels, a refusal says why. */
export function RemoveConfirm({ question, send, version, latestVersion, onReload, onDone, onCancel }: RemoveConfirmProps) {
  const { t } = useTranslation("agreement-editing");
  const problemText = useProblemText();
  const panel = useFocusOnOpen<HTMLDivElement>();
  const { pending, problem, run: remove } = useRemoval(send, onDone);

  return (
    <Alert ref={panel} tabIndex={-1} data-color="warning" role="alertdialog" aria-label={question} onKeyDown={onEscape(onCancel)} className="stack">
      <Paragraph>{question}</Paragraph>
      {problem?.versionConflict ? (
        <ConflictAlert message={t("form.conflict")} reloadLabel={t("form.reload")} reapplyLabel={t("form.removeAgain")} onReload={onReload}
          onReapply={() => void remove(latestVersion)} />
      ) : (
        problem && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{problemText(problem)}</Paragraph>
          </Alert>
        )
      )}
      <div className="agreement-form-buttons">
        <Button type="button" data-color="danger" aria-disabled={pending || undefined} onClick={() => void remove(() => Promise.resolve(version))}>
          {pending ? t("form.saving") : t("row.confirmRemove")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("form.cancel")}
        </Button>
      </div>
    </Alert>
  );
}
