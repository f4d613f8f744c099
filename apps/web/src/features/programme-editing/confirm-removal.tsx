import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useRemoval } from "../../shared/forms";
import { ItemProblem } from "./item-problem";

interface ConfirmRemovalProps {
  question: string;
  confirmLabel: string;
  /** The version the reader saw. */
  version: number;
  /** The version now, after someone else changed it; null when it is gone. */
  latestVersion: () => Promise<number | null>;
  remove: (version: number) => Promise<void>;
  reload: () => Promise<unknown>;
  onRemoved: () => void;
  onCancel: () => void;
}

/**
 * "Remove?" asked once more before it is done, at the version read; after a conflict the reader
 * reloads or removes again at the newest version, as every removal in programme editing does.
 */
export function ConfirmRemoval({ question, confirmLabel, version, latestVersion, remove, reload, onRemoved, onCancel }: ConfirmRemovalProps) {
  const { t } = useTranslation("programme-editing");
  const { pending, problem, run } = useRemoval(remove, onRemoved);

  return (
    <Alert data-color="warning" className="stack">
      <Paragraph>{question}</Paragraph>
      {problem && <ItemProblem problem={problem} onReload={() => void reload().then(onCancel)} onReapply={() => void run(latestVersion)} />}
      <div className="programme-editing-buttons">
        <Button type="button" data-color="danger" data-size="sm" aria-disabled={pending || undefined} onClick={() => void run(() => Promise.resolve(version))}>
          {pending ? t("form.submitting") : confirmLabel}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onCancel}>
          {t("form.cancel")}
        </Button>
      </div>
    </Alert>
  );
}
