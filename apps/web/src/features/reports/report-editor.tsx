import { Alert, Paragraph } from "@digdir/designsystemet-react";
import type { FundingSource } from "@samspill/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConflictAlert, formProblemOf, reapplied, type FormProblem } from "../../shared/forms";
import { reportProblems, toContent, validate, type FieldErrors, type FormValues } from "./form-values";
import { ReportForm, type IndicatorField } from "./report-form";

export type ReportContent = ReturnType<typeof toContent>;
export type SaveAction = "draft" | "submit";

interface ReportEditorProps {
  initial: FormValues;
  indicators: readonly IndicatorField[];
  fundingSources: readonly FundingSource[];
  sourceName: (source: FundingSource) => string;
  currency: "NOK" | "SEK" | "EUR";
  readOnly: boolean;
  canSubmit: boolean;
  /** Sends the content (and for "submit" sends it for review); rejects with the server's error. */
  save: (content: ReportContent, action: SaveAction) => Promise<void>;
  /** Fetches the report as it is now, so a save can name its current version; its values, or null for a report not saved yet. */
  refresh: () => Promise<FormValues | null>;
  /** Throws the user's changes away and shows the report as it is now. */
  reload: () => void;
}

type Outcome = { kind: "saved" | "submitted" } | { kind: "conflict"; action: SaveAction } | { kind: "refused"; problem: FormProblem } | null;

/** The report form with what happens around saving: checks, field errors, conflicts, results. */
export function ReportEditor(props: ReportEditorProps) {
  const { initial, indicators, fundingSources, sourceName, currency, readOnly, canSubmit, save, refresh, reload } = props;
  const { t } = useTranslation("reports");
  const [values, setValues] = useState(initial);
  // What the user started from, so that "apply again" puts only their changes on the latest report.
  const [base, setBase] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  async function run(action: SaveAction, from: FormValues = values) {
    const found = validate(from);
    setErrors(found);
    setOutcome(null);
    if (Object.keys(found).length > 0) return setAttempt((count) => count + 1);
    const content = toContent(from, currency);
    setBusy(true);
    try {
      await save(content, action);
      setBase(from);
      setOutcome({ kind: action === "submit" ? "submitted" : "saved" });
    } catch (error) {
      const problem = formProblemOf(error, reportProblems({
        indicatorIds: content.indicatorValues.map((value) => value.indicatorId),
        spendingSources: content.spending.lines.map((line) => line.fundingSource),
      }));
      setErrors(problem.fields);
      setOutcome(problem.versionConflict ? { kind: "conflict", action } : { kind: "refused", problem });
      setAttempt((count) => count + 1);
    } finally {
      setBusy(false);
    }
  }

  // The content is saved whole: the report saved meanwhile, with this user's changes on top,
  // so another person's change to a part this user did not touch is sent back unchanged.
  async function reapply(action: SaveAction) {
    const latest = await refresh();
    if (!latest) return run(action);
    const next = reapplied({ base, values, version: 0 }, { values: latest, version: 0 });
    setBase(next.base);
    setValues(next.values);
    await run(action, next.values);
  }

  return (
    <>
      {outcome?.kind === "conflict" && (
        <ConflictAlert message={t("form.conflict")} reloadLabel={t("form.reload")} reapplyLabel={t("form.reapply")} takeFocus
          onReload={reload} onReapply={() => void reapply(outcome.action)} />
      )}
      {(outcome?.kind === "saved" || outcome?.kind === "submitted") && (
        <Alert data-color="success" role="status">
          <Paragraph>{t(outcome.kind === "saved" ? "form.saved" : "form.submitted")}</Paragraph>
        </Alert>
      )}
      <ReportForm
        values={values}
        onChange={setValues}
        errors={errors}
        problem={outcome?.kind === "refused" ? outcome.problem : null}
        attempt={attempt}
        indicators={indicators}
        fundingSources={fundingSources}
        sourceName={sourceName}
        currency={currency}
        readOnly={readOnly}
        busy={busy}
        canSubmit={canSubmit}
        onSaveDraft={() => void run("draft")}
        onSubmit={() => void run("submit")}
      />
    </>
  );
}
