import { Button, Fieldset, Select } from "@digdir/designsystemet-react";
import { FUNDING_SOURCES, MEASURE_STATUSES, type FundingSource, type MeasureStatus } from "@samspill/domain";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId as idOf, fieldMessages, FormField, type FormProblem } from "../../shared/forms";
import type { FieldErrors, FormValues } from "./form-values";

/** The element id of a report form field; indicator fields are named `indicator:<id>`. */
const fieldId = (field: string) => idOf("report", field);

export interface IndicatorField {
  id: string;
  name: string;
  unit: string;
}

export interface ReportFormProps {
  values: FormValues;
  onChange: (values: FormValues) => void;
  errors: FieldErrors;
  /** A refused save that names no field. */
  problem?: FormProblem | null;
  /** Grows with each failed save: the summary then takes the focus. */
  attempt?: number;
  indicators: readonly IndicatorField[];
  /** The funding sources asked for first: the measure's budget's and those already used (domain's offeredFundingSources). */
  fundingSources: readonly FundingSource[];
  /** A source's name as the measure's budget writes it, in the terms of the owner's country. */
  sourceName: (source: FundingSource) => string;
  currency: string;
  /** Submitted or approved, or not the user's to write: shown, never editable. */
  readOnly: boolean;
  busy: boolean;
  /** A saved draft (or returned report) can be sent; a new one is saved first. */
  canSubmit: boolean;
  onSaveDraft: () => void;
  onSubmit: () => void;
}

/** The content of a status report: status, progress, narrative, money spent by funding source, indicator values. */
export function ReportForm(props: ReportFormProps) {
  const { values, onChange, errors, indicators, fundingSources, sourceName, currency, readOnly, busy } = props;
  const { t } = useTranslation("reports");
  const { t: tDomain } = useTranslation("domain");
  const { t: forms } = useTranslation("forms");
  const set = (patch: Partial<FormValues>) => onChange({ ...values, ...patch });
  const others = FUNDING_SOURCES.filter((source) => !fundingSources.includes(source));
  const labels: Record<string, string> = useMemo(() => ({
    measureStatus: t("form.measureStatus"), progress: t("form.progress"), narrative: t("form.narrative"),
    ...Object.fromEntries(FUNDING_SOURCES.map((source) => [`spending:${source}`, sourceName(source)])),
    ...Object.fromEntries(indicators.map((item) => [`indicator:${item.id}`, t("form.indicator", { name: item.name, unit: item.unit })])),
  }), [t, sourceName, indicators]);
  const messages = useMemo(() => fieldMessages(forms, { labels }, errors), [forms, labels, errors]);
  const error = (field: string) => messages[field];
  const amountField = (source: FundingSource) => (
    <FormField
      key={source} id={fieldId(`spending:${source}`)} label={labels[`spending:${source}`] ?? source} error={error(`spending:${source}`)}
      inputMode="decimal" value={values.spending[source] ?? ""} readOnly={readOnly}
      onChange={(amount) => set({ spending: { ...values.spending, [source]: amount } })}
    />
  );
  // Another source is one click away; one that already has an amount, or an error, stays open.
  const otherInUse = others.some((source) => (values.spending[source] ?? "").trim() !== "" || errors[`spending:${source}`]);

  return (
    <form className="report-form" noValidate onSubmit={(event) => { event.preventDefault(); props.onSaveDraft(); }}>
      <ErrorSummary idPrefix="report" messages={messages} order={Object.keys(labels)} problem={props.problem} attempt={props.attempt} />
      <FormField
        id={fieldId("measureStatus")} kind="select" label={t("form.measureStatus")} value={values.measureStatus} readOnly={readOnly}
        error={error("measureStatus")} onChange={(status) => readOnly || set({ measureStatus: status as MeasureStatus })}
      >
        {MEASURE_STATUSES.map((status) => (
          <Select.Option key={status} value={status}>
            {tDomain(`measureStatus.${status}`)}
          </Select.Option>
        ))}
      </FormField>
      <FormField
        id={fieldId("progress")} label={t("form.progress")} description={t("form.progressHint")} error={error("progress")}
        inputMode="numeric" value={values.progress} readOnly={readOnly} onChange={(progress) => set({ progress })}
      />
      <FormField
        id={fieldId("narrative")} kind="textarea" rows={6} label={t("form.narrative")} description={t("form.narrativeHint")} error={error("narrative")}
        value={values.narrative} readOnly={readOnly} onChange={(narrative) => set({ narrative })}
      />
      <Fieldset>
        <Fieldset.Legend>{t("form.spending", { currency })}</Fieldset.Legend>
        <Fieldset.Description>{t("form.spendingHint")}</Fieldset.Description>
        {fundingSources.map(amountField)}
        {others.length > 0 && (!readOnly || otherInUse) && (
          <details className="report-form__more" open={otherInUse}>
            <summary>{t("form.otherSources")}</summary>
            {others.map(amountField)}
          </details>
        )}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t("form.indicators")}</Fieldset.Legend>
        {indicators.length === 0 && <Fieldset.Description>{t("form.indicatorsEmpty")}</Fieldset.Description>}
        {indicators.map((item) => (
          <FormField
            key={item.id} id={fieldId(`indicator:${item.id}`)} label={labels[`indicator:${item.id}`] ?? item.name}
            error={error(`indicator:${item.id}`)} inputMode="decimal" value={values.indicators[item.id] ?? ""} readOnly={readOnly}
            onChange={(value) => set({ indicators: { ...values.indicators, [item.id]: value } })}
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
