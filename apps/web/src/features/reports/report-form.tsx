import { Button, Field, Fieldset, Label, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { MEASURE_STATUSES, type MeasureStatus } from "@samspill/domain";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { fieldMessages } from "../../shared/errors/field-message";
import { FormErrorSummary, fieldId } from "./form-error-summary";
import type { FieldErrors, FormValues } from "./form-values";

export interface IndicatorField {
  id: string;
  name: string;
  unit: string;
}

export interface ReportFormProps {
  values: FormValues;
  onChange: (values: FormValues) => void;
  errors: FieldErrors;
  indicators: readonly IndicatorField[];
  currency: string;
  /** Submitted or approved, or not the user's to write: shown, never editable. */
  readOnly: boolean;
  busy: boolean;
  /** A saved draft (or returned report) can be sent; a new one is saved first. */
  canSubmit: boolean;
  onSaveDraft: () => void;
  onSubmit: () => void;
}

/** The content of a status report: status, progress, narrative, money spent, indicator values. */
export function ReportForm(props: ReportFormProps) {
  const { values, onChange, errors, indicators, currency, readOnly, busy } = props;
  const { t } = useTranslation("reports");
  const { t: tDomain } = useTranslation("domain");
  const { t: forms } = useTranslation("forms");
  const set = (patch: Partial<FormValues>) => onChange({ ...values, ...patch });
  const labels: Record<string, string> = useMemo(() => ({
    measureStatus: t("form.measureStatus"), progress: t("form.progress"),
    narrative: t("form.narrative"), spent: t("form.spent", { currency }),
    ...Object.fromEntries(indicators.map((item) => [`indicator:${item.id}`, t("form.indicator", { name: item.name, unit: item.unit })])),
  }), [t, currency, indicators]);
  // The summary focuses itself on each new set of messages, so they change only with the errors.
  const messages = useMemo(() => fieldMessages(forms, { labels }, errors), [forms, labels, errors]);
  const error = (field: string) => messages[field];

  return (
    <form className="report-form" noValidate onSubmit={(event) => { event.preventDefault(); props.onSaveDraft(); }}>
      <FormErrorSummary messages={messages} />
      <Field>
        <Label htmlFor={fieldId("measureStatus")}>{labels.measureStatus}</Label>
        <Select
          id={fieldId("measureStatus")}
          value={values.measureStatus}
          readOnly={readOnly}
          aria-invalid={errors.measureStatus ? true : undefined}
          onChange={(event) => readOnly || set({ measureStatus: event.target.value as MeasureStatus })}
        >
          {MEASURE_STATUSES.map((status) => (
            <Select.Option key={status} value={status}>
              {tDomain(`measureStatus.${status}`)}
            </Select.Option>
          ))}
        </Select>
        {errors.measureStatus && <ValidationMessage>{error("measureStatus")}</ValidationMessage>}
      </Field>
      <Textfield
        id={fieldId("progress")} label={labels.progress} description={t("form.progressHint")} error={error("progress")}
        inputMode="numeric" value={values.progress} readOnly={readOnly} onChange={(event) => set({ progress: event.target.value })}
      />
      <Textfield
        id={fieldId("narrative")} label={labels.narrative} description={t("form.narrativeHint")} error={error("narrative")}
        multiline rows={6} value={values.narrative} readOnly={readOnly} onChange={(event) => set({ narrative: event.target.value })}
      />
      <Textfield
        id={fieldId("spent")} label={labels.spent} description={t("form.spentHint")} error={error("spent")}
        inputMode="decimal" value={values.spent} readOnly={readOnly} onChange={(event) => set({ spent: event.target.value })}
      />
      <Fieldset>
        <Fieldset.Legend>{t("form.indicators")}</Fieldset.Legend>
        {indicators.length === 0 && <Fieldset.Description>{t("form.indicatorsEmpty")}</Fieldset.Description>}
        {indicators.map((item) => (
          <Textfield
            key={item.id} id={fieldId(`indicator:${item.id}`)} label={labels[`indicator:${item.id}`]}
            error={error(`indicator:${item.id}`)} inputMode="decimal" value={values.indicators[item.id] ?? ""} readOnly={readOnly}
            onChange={(event) => set({ indicators: { ...values.indicators, [item.id]: event.target.value } })}
          />
        ))}
      </Fieldset>
      {!readOnly && (
        <div className="button-row">
          <Button type="submit" variant="secondary" disabled={busy}>
            {t("form.saveDraft")}
          </Button>
          {props.canSubmit && (
            <Button type="button" disabled={busy} onClick={props.onSubmit}>
              {t("form.submit")}
            </Button>
          )}
        </div>
      )}
    </form>
  );
}
