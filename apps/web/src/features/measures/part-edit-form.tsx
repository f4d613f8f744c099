import { Button, Heading } from "@digdir/designsystemet-react";
import { MEASURE_STATUSES, type MeasureStatus } from "@samspill/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ConflictAlert, ErrorSummary, FormField, useFieldMessages, type useVersionedForm } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";

export interface PartValues {
  status: MeasureStatus;
  progress: string;
  description: string;
}

const FIELDS = ["status", "progress", "description"] as const;

/** What the form shows of the part's versioned form (`useVersionedForm`). */
export type PartForm = Pick<
  ReturnType<typeof useVersionedForm<PartValues>>,
  "values" | "errors" | "problem" | "conflict" | "pending" | "attempt" | "set" | "submit" | "reload" | "reapply"
>;

/** One municipality's part: its status, progress and what it does. */
export function PartEditForm({ municipalityName, form, onCancel }: { municipalityName: string; form: PartForm; onCancel: () => void }) {
  const { t } = useTranslation(["measures", "domain"]);
  const prefix = useId();
  const headingId = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const labels = { status: t("edit.status"), progress: t("edit.progress"), description: t("edit.description") };
  const messages = useFieldMessages({ labels }, form.errors);
  const field = (name: keyof PartValues) => ({
    id: `${prefix}-${name}`, label: labels[name], value: form.values[name], onChange: form.set(name) as (value: string) => void, error: messages[name],
  });

  return (
    <form ref={panel} className="stack edit-form" noValidate onSubmit={(event) => void form.submit(event)} aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t("parts.editing", { name: municipalityName })}
      </Heading>
      <ErrorSummary messages={messages} idPrefix={prefix} order={FIELDS} problem={form.problem} subject="measure"
        reasonText={(reason) => (reason === "not_own_municipality" ? t("edit.reason.not_own_municipality") : undefined)} attempt={form.attempt} />
      {form.conflict && (
        <ConflictAlert takeFocus message={t("edit.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")}
          onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
      )}
      <FormField {...field("status")} kind="select">
        {MEASURE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`domain:measureStatus.${status}`)}
          </option>
        ))}
      </FormField>
      <FormField {...field("progress")} kind="number" min={0} max={100} step={1} />
      <FormField {...field("description")} kind="textarea" />
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
