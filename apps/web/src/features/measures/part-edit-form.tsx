import { Button, Heading } from "@digdir/designsystemet-react";
import { MEASURE_STATUSES, type MeasureStatus } from "@samspill/domain";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { FormField } from "./form-field";
import type { MutationProblem } from "./mutation-error";
import { SaveProblem } from "./save-problem";

export interface PartValues {
  status: MeasureStatus;
  progress: string;
  description: string;
}

interface PartEditFormProps {
  municipalityName: string;
  initial: PartValues;
  pending: boolean;
  problem: MutationProblem | null;
  onSave: (values: PartValues) => void;
  onCancel: () => void;
  onReload: () => void;
  onReapply: (values: PartValues) => void;
}

/** One municipality's part: its status, progress and what it does. */
export function PartEditForm({ municipalityName, initial, pending, problem, onSave, onCancel, onReload, onReapply }: PartEditFormProps) {
  const { t } = useTranslation(["measures", "domain"]);
  const prefix = useId();
  const headingId = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const [values, setValues] = useState(initial);
  const set = (field: keyof PartValues) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const fieldErrors = problem?.code === "INVALID_INPUT" ? problem.fields : {};
  const errorAt = (field: string) => (fieldErrors[field] ? t("edit.fieldError") : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pending) onSave(values);
  }

  return (
    <form ref={panel} className="stack edit-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t("parts.editing", { name: municipalityName })}
      </Heading>
      {problem && problem.code !== "INVALID_INPUT" && (
        <SaveProblem problem={problem} onReload={onReload} onReapply={() => onReapply(values)} />
      )}
      <FormField id={`${prefix}-status`} label={t("edit.status")} kind="select" value={values.status} onChange={set("status")} error={errorAt("status")}>
        {MEASURE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`domain:measureStatus.${status}`)}
          </option>
        ))}
      </FormField>
      <FormField id={`${prefix}-progress`} label={t("edit.progress")} kind="number" value={values.progress} onChange={set("progress")} error={errorAt("progress")} />
      <FormField id={`${prefix}-description`} label={t("edit.description")} kind="textarea" value={values.description} onChange={set("description")} error={errorAt("description")} />
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
