import { Button, ErrorSummary, Heading } from "@digdir/designsystemet-react";
import { FUNDING_SOURCES, type FundingSource } from "@samspill/domain";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { type FieldProblems, useFieldMessages } from "../../shared/forms";
import { checkBudget, type BudgetValues } from "./budget-values";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { FormField } from "./form-field";
import type { MutationProblem } from "./mutation-error";
import { SaveProblem } from "./save-problem";

export interface BudgetSubmit {
  values: BudgetValues;
  year: number;
  amountMinor: number;
}

interface BudgetFormProps {
  heading: string;
  initial: BudgetValues;
  currency: string;
  /** The parts the user may budget for; the whole measure is offered when `allowWhole`. */
  parts: ReadonlyArray<{ id: string; name: string }>;
  allowWhole: boolean;
  /** A line keeps its part: only new lines choose one. */
  choosePart: boolean;
  pending: boolean;
  problem: MutationProblem | null;
  /** A funding source's name as the measure owner's country says it. */
  sourceName: (source: FundingSource) => string;
  onSave: (submit: BudgetSubmit) => void;
  onCancel: () => void;
  onReload: () => void;
  onReapply: (submit: BudgetSubmit) => void;
}

const FIELDS = ["year", "amount", "fundingSource", "partId", "description"] as const;

/** A budget line: year, amount in whole currency units, funding source, part and description. */
export function BudgetForm(props: BudgetFormProps) {
  const { heading, initial, currency, parts, allowWhole, choosePart, pending, problem } = props;
  const { t } = useTranslation("measures");
  const prefix = useId();
  const headingId = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const [values, setValues] = useState(initial);
  const [local, setLocal] = useState<FieldProblems>({});
  const set = (field: keyof BudgetValues) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const server = problem?.code === "INVALID_INPUT" ? problem.fields : {};
  const idOf = (field: string) => `${prefix}-${field}`;
  const labels = {
    year: t("budgetEdit.year"),
    amount: t("budgetEdit.amount", { currency }),
    fundingSource: t("budgetEdit.source"),
    partId: t("budgetEdit.part"),
    description: t("budgetEdit.description"),
  };
  const labelOf = (field: (typeof FIELDS)[number]) => labels[field];
  const messages = useFieldMessages({ labels }, { ...server, ...local });
  const messageOf = (field: (typeof FIELDS)[number]): string | undefined => messages[field];
  const wrong = FIELDS.filter((field) => messageOf(field));

  function checked(): BudgetSubmit | null {
    const result = checkBudget(values);
    setLocal(result.errors);
    return Object.keys(result.errors).length > 0 ? null : { values, year: result.year, amountMinor: result.amountMinor };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const ready = checked();
    if (ready && !pending) props.onSave(ready);
  }

  return (
    <form ref={panel} className="stack edit-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {heading}
      </Heading>
      {wrong.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t("edit.summary")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {wrong.map((field) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link href={`#${idOf(field)}`}>{messageOf(field)}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {problem && problem.code !== "INVALID_INPUT" && (
        <SaveProblem problem={problem} onReload={props.onReload} onReapply={() => { const ready = checked(); if (ready) props.onReapply(ready); }} />
      )}
      <FormField id={idOf("year")} label={labelOf("year")} value={values.year} onChange={set("year")} error={messageOf("year")} required />
      <FormField id={idOf("amount")} label={labelOf("amount")} value={values.amount} onChange={set("amount")} error={messageOf("amount")} required />
      <FormField id={idOf("fundingSource")} label={labelOf("fundingSource")} kind="select" value={values.fundingSource} onChange={set("fundingSource")} error={messageOf("fundingSource")}>
        {FUNDING_SOURCES.map((source) => (
          <option key={source} value={source}>
            {props.sourceName(source)}
          </option>
        ))}
      </FormField>
      {choosePart && parts.length > 0 && (
        <FormField id={idOf("partId")} label={labelOf("partId")} kind="select" value={values.partId} onChange={set("partId")} error={messageOf("partId")}>
          {allowWhole && <option value="">{t("budgetEdit.partNone")}</option>}
          {parts.map((part) => (
            <option key={part.id} value={part.id}>
              {part.name}
            </option>
          ))}
        </FormField>
      )}
      <FormField id={idOf("description")} label={labelOf("description")} kind="textarea" value={values.description} onChange={set("description")} error={messageOf("description")} />
      <div className="button-row">
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("budgetEdit.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={props.onCancel}>
          {t("edit.cancel")}
        </Button>
      </div>
    </form>
  );
}
