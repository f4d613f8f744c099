import { Button, ErrorSummary, Heading } from "@digdir/designsystemet-react";
import { MEASURE_STATUSES } from "@samspill/domain";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { type FieldProblems, useFieldMessages } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";
import type { MeasureValues } from "./edit-values";
import { FormField } from "./form-field";
import type { MutationProblem } from "./mutation-error";
import { SaveProblem } from "./save-problem";

const DEFINITION = ["title", "description"] as const;
const FOLLOW_UP = ["status", "progress", "startDate", "endDate"] as const;

interface MeasureEditFormProps {
  initial: MeasureValues;
  /** Whether title and description are open: not in an adopted programme, where they take a revision. */
  definitionEditable: boolean;
  pending: boolean;
  problem: MutationProblem | null;
  /** The problems the domain's schema finds in these values before they are sent. */
  check: (values: MeasureValues) => FieldProblems;
  onSave: (values: MeasureValues) => void;
  onCancel: () => void;
  onReload: () => void;
  onReapply: (values: MeasureValues) => void;
}

/** The measure's own fields, edited in place; every problem is named at its field and in the summary. */
export function MeasureEditForm(props: MeasureEditFormProps) {
  const { initial, definitionEditable, pending, problem, check, onSave, onCancel, onReload, onReapply } = props;
  const { t } = useTranslation(["measures", "domain"]);
  const prefix = useId();
  const headingId = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState<FieldProblems>({});
  const set = (field: keyof MeasureValues) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const idOf = (field: string) => `${prefix}-${field}`;
  const fields = [...(definitionEditable ? DEFINITION : []), ...FOLLOW_UP];
  const labels = {
    title: t("edit.title"), description: t("edit.description"), status: t("edit.status"), progress: t("edit.progress"),
    startDate: t("edit.startDate"), endDate: t("edit.endDate"),
  };
  const problems = { ...(problem?.code === "INVALID_INPUT" ? problem.fields : {}), ...checked };
  const messages = useFieldMessages({ labels }, problems);
  const invalid = fields.filter((field) => messages[field]);
  const field = (name: keyof MeasureValues) => ({ id: idOf(name), label: labels[name], value: values[name], onChange: set(name), error: messages[name] });

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
        {t("edit.heading")}
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
      {definitionEditable && <FormField {...field("title")} required />}
      {definitionEditable && <FormField {...field("description")} kind="textarea" />}
      <FormField {...field("status")} kind="select">
        {MEASURE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`domain:measureStatus.${status}`)}
          </option>
        ))}
      </FormField>
      <FormField {...field("progress")} kind="number" />
      <FormField {...field("startDate")} kind="date" />
      <FormField {...field("endDate")} kind="date" />
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
