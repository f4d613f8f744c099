import { Button } from "@digdir/designsystemet-react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormField, type FieldControl } from "../../shared/forms";

interface ReturnFormProps {
  measureTitle: string;
  busy: boolean;
  onSend: (comment: string) => Promise<void>;
  onCancel: () => void;
}

/** The comment a returned report carries back to its author; it cannot be sent empty. */
export function ReturnForm({ measureTitle, busy, onSend, onCancel }: ReturnFormProps) {
  const { t } = useTranslation("reports");
  const id = useId();
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const field = useRef<FieldControl>(null);
  // Opening the form moves focus into it, so keyboard users land where they write.
  useEffect(() => field.current?.focus(), []);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (comment.trim() === "") {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setMissing(false);
    void onSend(comment.trim());
  }

  return (
    <form className="stack" noValidate onSubmit={handleSubmit} aria-label={`${t("queue.returnTo")}: ${measureTitle}`}>
      <FormField
        inputRef={field}
        id={id}
        kind="textarea"
        rows={3}
        label={t("queue.comment")}
        description={t("queue.commentHint")}
        error={missing ? t("queue.commentRequired") : undefined}
        value={comment}
        onChange={setComment}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy}>
          {t("queue.sendReturn")}
        </Button>
        <Button type="button" data-size="sm" variant="tertiary" onClick={onCancel}>
          {t("queue.cancel")}
        </Button>
      </div>
    </form>
  );
}
