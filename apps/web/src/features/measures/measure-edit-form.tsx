import { Button, ErrorSummary, Heading } from "@digdir/designsystemet-react";
import { MEASURE_STATUSES } from "@samspill/domain";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { MeasureValues } from "./edit-values";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { FormField } from "./form-field";
import type { MutationProblem } from "./mutation-error";
import { SaveProblem } from "./save-problem";

const FIELDS = ["title", "description", "status", "progress", "startDate", "endDate"] as const;

interface MeasureEditFormProps {
  initial: MeasureValues;
  pending: boolean;
  problem: MutationProblem | null;
  onSave: (values: MeasureValues) => void;
  onCancel: () => void;
  onReload: () => void;
  onReapply: (values: MeasureValues) => void;
}

/** The measure's own fields, edited in place; the server's field issues appear at each field. */
export function MeasureEditForm({ initial, pending, problem, onSave, onCancel, onReload, onReapply }: MeasureEditFormProps) {
  const { t } = useTranslation(["measures", "domain"]);
  const prefix = useId();
  const headingId = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const [values, setValues] = useState(initial);
  const set = (field: keyof MeasureValues) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const idOf = (field: string) => `${prefix}-${field}`;
  const fieldErrors = problem?.code === "INVALID_INPUT" ? problem.fields : {};
  const errorAt = (field: string) => (fieldErrors[field] ? t("edit.fieldError") : undefined);
  const invalid = FIELDS.filter((field) => fieldErrors[field]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pending) onSave(values);
  }

  return (
    <form ref={panel} className="stack edit-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t("edit.heading")}
      </Heading>
      {invalid.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t("edit.summary")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {invalid.map((field) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link href={`#${idOf(field)}`}>{t(`edit.${field}`)}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {problem && problem.code !== "INVALID_INPUT" && (
        <SaveProblem problem={problem} onReload={onReload} onReapply={() => onReapply(values)} />
      )}
      <FormField id={idOf("title")} label={t("edit.title")} value={values.title} onChange={set("title")} error={errorAt("title")} required />
      <FormField id={idOf("description")} label={t("edit.description")} kind="textarea" value={values.description} onChange={set("description")} error={errorAt("description")} />
      <FormField id={idOf("status")} label={t("edit.status")} kind="select" value={values.status} onChange={set("status")} error={errorAt("status")}>
        {MEASURE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`domain:measureStatus.${status}`)}
          </option>
        ))}
      </FormField>
      <FormField id={idOf("progress")} label={t("edit.progress")} kind="number" value={values.progress} onChange={set("progress")} error={errorAt("progress")} />
      <FormField id={idOf("startDate")} label={t("edit.startDate")} kind="date" value={values.startDate} onChange={set("startDate")} error={errorAt("startDate")} />
      <FormField id={idOf("endDate")} label={t("edit.endDate")} kind="date" value={values.endDate} onChange={set("endDate")} error={errorAt("endDate")} />
      <div className="button-row">
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("edit.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("edit.cancel")}
        </Button>
      </div>
    </form>
  );
}
