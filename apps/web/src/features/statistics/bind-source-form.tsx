import { Alert, Button, Fieldset, Heading, Paragraph, Radio } from "@digdir/designsystemet-react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormField, formProblemOf } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";
import {
  bindingInput, bindingValuesOf, fieldOfPath, regionFields,
  type BindingErrors, type BindingValues, type PeriodEdge, type SourceChoice,
} from "./binding-values";
import { sourceProblem } from "./source-problem";
import type { IndicatorWithSeries, SourceRegions } from "./types";
import { useSourceActions } from "./use-source-actions";

interface BindSourceFormProps {
  indicator: IndicatorWithSeries;
  regions: SourceRegions;
  /** One below the indicator's own heading. */
  headingLevel: 4 | 5;
  onSaved: (bound: boolean) => void;
  onCancel: () => void;
}

/** Binds an indicator to an SSB table or a Kolada key figure, with the region code of each municipality. */
export function BindSourceForm({ indicator, regions, headingLevel, onSaved, onCancel }: BindSourceFormProps) {
  const { t } = useTranslation(["statistics", "common"]);
  const id = useId();
  const fields = regionFields(indicator.perMunicipality, regions);
  const [values, setValues] = useState<BindingValues>(() => bindingValuesOf(indicator.binding, fields, regions));
  const [errors, setErrors] = useState<BindingErrors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const { bind } = useSourceActions();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const set = (patch: Partial<BindingValues>) => setValues((current) => ({ ...current, ...patch }));
  const error = (field: string) => (errors[field] ? t(`form.${errors[field]}`) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { binding, errors: found, regionKeys } = bindingInput(values, fields);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    try {
      await bind.mutateAsync({ id: indicator.id, version: indicator.version, binding });
      onSaved(binding !== null);
    } catch (failure) {
      setProblem(failure);
      setErrors(serverErrors(failure, regionKeys));
    }
  }

  const headingId = `${id}-heading`;
  const problemText = problem ? sourceProblem(problem) : null;
  return (
    <form ref={panel} className="edit-form stack" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={headingLevel} data-size="2xs" id={headingId}>
        {t("form.heading", { name: indicator.name })}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t("form.source")}</Fieldset.Legend>
        {(["manual", "ssb", "kolada"] as const).map((source) => (
          <Radio key={source} name={`${id}-source`} value={source} label={t(`form.sources.${source}`)}
            checked={values.source === source} onChange={() => set({ source: source as SourceChoice })} />
        ))}
      </Fieldset>
      {values.source === "ssb" && (
        <>
          <FormField id={`${id}-table`} label={t("form.table")} description={t("form.tableHelp")} error={error("table")}
            inputMode="numeric" value={values.table} onChange={(table) => set({ table })} />
          <FormField id={`${id}-contents`} label={t("form.contentsCode")} description={t("form.contentsCodeHelp")} error={error("contentsCode")}
            value={values.contentsCode} onChange={(contentsCode) => set({ contentsCode })} />
        </>
      )}
      {values.source === "kolada" && (
        <FormField id={`${id}-kpi`} label={t("form.kpi")} description={t("form.kpiHelp")} error={error("kpi")}
          value={values.kpi} onChange={(kpi) => set({ kpi })} />
      )}
      {values.source !== "manual" && (
        <>
          <Fieldset>
            <Fieldset.Legend>{t("form.at")}</Fieldset.Legend>
            {(["start", "end"] as const).map((edge) => (
              <Radio key={edge} name={`${id}-at`} value={edge} label={t(edge === "start" ? "form.atStart" : "form.atEnd")}
                checked={values.at === edge} onChange={() => set({ at: edge as PeriodEdge })} />
            ))}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t("form.regions")}</Fieldset.Legend>
            <Fieldset.Description>{indicator.perMunicipality ? t("form.regionsHelp") : t("form.totalHelp")}</Fieldset.Description>
            {fields.map((field) => (
              <FormField key={field.key} id={`${id}-region-${field.key}`} error={error(field.key)}
                label={field.name === null ? t("form.totalCode") : t("form.regionFor", { name: field.name })}
                value={values.codes[field.key] ?? ""} onChange={(code) => set({ codes: { ...values.codes, [field.key]: code } })} />
            ))}
          </Fieldset>
        </>
      )}
      {problemText && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{Object.keys(errors).length > 0 ? t("form.problem") : t(problemText.key)}</Paragraph>
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" aria-disabled={bind.isPending || undefined}>
          {t("form.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("actions.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** The fields the server pointed at (the shared reading of its issues), each said as this form says "invalid". */
function serverErrors(failure: unknown, regionKeys: readonly string[]): BindingErrors {
  const { fields } = formProblemOf(failure, { fieldOf: (path) => fieldOfPath(path, regionKeys) });
  return Object.fromEntries(Object.keys(fields).map((field) => [field, "invalid" as const]));
}
