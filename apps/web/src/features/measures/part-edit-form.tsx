import { Button, ErrorSummary, Heading } from "@digdir/designsystemet-react";
import { MEASURE_STATUSES, type MeasureStatus } from "@samspill/domain";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { type FieldProblems, useFieldMessages } from "../../shared/forms";
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
  /** The problems the domain's schema finds in these values before they are sent. */
  check: (values: PartValues) => FieldProblems;
  onSave: (values: PartValues) => void;
  onCancel: () => void;
  onReload: () => void;
  onReapply: (values: PartValues) => void;
}

/** One municipality's part: its status, progress and what it does. */
export function PartEditForm({ municipalityName, initial, pending, problem, check, onSave, onCancel, onReload, onReapply }: PartEditFormProps) {
  const { t } = useTranslation(["measures", "domain"]);
  const prefix = useId();
  const headingId = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState<FieldProblems>({});
  const set = (field: keyof PartValues) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const labels = { status: t("edit.status"), progress: t("edit.progress"), description: t("edit.description") };
  const messages = useFieldMessages({ labels }, { ...(problem?.code === "INVALID_INPUT" ? problem.fields : {}), ...checked });
  const idOf = (field: keyof PartValues) => `${prefix}-${field}`;
  const field = (name: keyof PartValues) => ({ id: idOf(name), label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const invalid = (["status", "progress", "description"] as const).filter((name) => messages[name]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const found = check(values);
    setChecked(found);
    if (Object.keys(found).length === 0) onSave(values);
  }

  return (
    <form ref={panel} className="stack edit-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t("parts.editing", { name: municipalityName })}
      </Heading>
      {invalid.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t("edit.summary")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {invalid.map((name) => (
              <ErrorSummary.Item key={name}>
                <ErrorSummary.Link href={`#${idOf(name)}`}>{messages[name]}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {problem && problem.code !== "INVALID_INPUT" && (
        <SaveProblem problem={problem} onReload={onReload} onReapply={() => onReapply(values)} />
      )}
      <FormField {...field("status")} kind="select">
        {MEASURE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`domain:measureStatus.${status}`)}
          </option>
        ))}
      </FormField>
      <FormField {...field("progress")} kind="number" />
      <FormField {...field("description")} kind="textarea" />
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
