import { Button, Heading } from "@digdir/designsystemet-react";
import { MEASURE_STATUSES } from "@samspill/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ConflictAlert, ErrorSummary, FormField, useFieldMessages, type useVersionedForm } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";
import type { MeasureValues } from "./edit-values";

const DEFINITION = ["title", "description"] as const;
const FOLLOW_UP = ["status", "progress", "startDate", "endDate"] as const;

/** What the form shows of the measure's versioned form (`useVersionedForm`). */
export type MeasureForm = Pick<
  ReturnType<typeof useVersionedForm<MeasureValues>>,
  "values" | "errors" | "problem" | "conflict" | "pending" | "attempt" | "set" | "submit" | "reload" | "reapply"
>;

interface MeasureEditFormProps {
  form: MeasureForm;
  /** Whether title and description are open: not in an adopted programme, where they take a revision. */
  definitionEditable: boolean;
  onCancel: () => void;
}

/** The measure's own fields, edited in place; every problem is named at its field and in the summary. */
export function MeasureEditForm({ form, definitionEditable, onCancel }: MeasureEditFormProps) {
  const { t } = useTranslation(["measures", "domain"]);
  const prefix = useId();
  const headingId = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const fields = [...(definitionEditable ? DEFINITION : []), ...FOLLOW_UP];
  const labels = {
    title: t("edit.title"), description: t("edit.description"), status: t("edit.status"), progress: t("edit.progress"),
    startDate: t("edit.startDate"), endDate: t("edit.endDate"),
  };
  const messages = useFieldMessages({ labels }, form.errors);
  const field = (name: keyof MeasureValues) => ({
    id: `${prefix}-${name}`, label: labels[name], value: form.values[name], onChange: form.set(name) as (value: string) => void, error: messages[name],
  });

  return (
    <form ref={panel} className="stack edit-form" noValidate onSubmit={(event) => void form.submit(event)} aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t("edit.heading")}
      </Heading>
      <ErrorSummary messages={messages} idPrefix={prefix} order={fields} problem={form.problem} subject="measure"
        reasonText={(reason) => (reason === "not_own_municipality" ? t("edit.reason.not_own_municipality") : undefined)} attempt={form.attempt} />
      {form.conflict && (
        <ConflictAlert takeFocus message={t("edit.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")}
          onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
      )}
      {definitionEditable && <FormField {...field("title")} required />}
      {definitionEditable && <FormField {...field("description")} kind="textarea" />}
      <FormField {...field("status")} kind="select">
        {MEASURE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`domain:measureStatus.${status}`)}
          </option>
        ))}
      </FormField>
      <FormField {...field("progress")} kind="number" min={0} max={100} step={1} />
      <FormField {...field("startDate")} kind="date" />
      <FormField {...field("endDate")} kind="date" />
      <div className="button-row">
        <Button type="submit" aria-disabled={form.pending || undefined}>
          {t("edit.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("edit.cancel")}
        </Button>
      </div>
    </form>
  );
}
