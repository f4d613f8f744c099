import "./statistics.css";
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useFocusReturn } from "../../shared/ui/focus";
import { BindSourceForm } from "./bind-source-form";
import { SourceSummary } from "./source-summary";
import { sourceProblem } from "./source-problem";
import type { ImportResult, IndicatorWithSeries } from "./types";
import { useSourceActions } from "./use-source-actions";

interface SourcePanelProps {
  indicator: IndicatorWithSeries;
  /** Whether the reader may edit the indicator's goal or measure (the server decides again). */
  canEdit: boolean;
  headingLevel: 4 | 5;
}

type Outcome = { kind: "imported"; result: ImportResult } | { kind: "saved" | "unbound" } | { kind: "failed"; error: unknown } | null;

/** An indicator's official statistics: its binding, "Import now" and the form that binds it. */
export function SourcePanel({ indicator, canEdit, headingLevel }: SourcePanelProps) {
  const { t } = useTranslation(["statistics", "common"]);
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { importNow } = useSourceActions();
  const bound = indicator.binding !== null;
  const regions = useQuery({ ...trpc.indicators.sourceRegions.queryOptions({ id: indicator.id }), enabled: bound || editing });
  const changeButton = useRef<HTMLButtonElement>(null);
  const opener = useFocusReturn(editing, changeButton);

  async function runImport() {
    if (importNow.isPending) return;
    setOutcome(null);
    try {
      setOutcome({ kind: "imported", result: await importNow.mutateAsync({ id: indicator.id }) });
    } catch (error) {
      setOutcome({ kind: "failed", error });
    }
  }

  const sourceName = (source: string | null) => (source === null ? "" : t(source === "kolada" ? "values.names.kolada" : "values.names.ssb"));
  const problem = outcome?.kind === "failed" ? sourceProblem(outcome.error) : null;
  return (
    <div className="stack source-panel">
      <SourceSummary indicator={indicator} regions={regions.data} />
      {canEdit && !editing && (
        <div className="button-row">
          {bound && (
            <Button type="button" aria-disabled={importNow.isPending || undefined} onClick={() => void runImport()}>
              {importNow.isPending ? t("actions.importing") : t("actions.importNow")}
            </Button>
          )}
          <Button ref={changeButton} type="button" variant="secondary" onClick={(event) => {
            opener.current = event.currentTarget;
            setOutcome(null);
            setEditing(true);
          }}>
            {bound ? t("actions.change") : t("actions.bind")}
          </Button>
        </div>
      )}
      {outcome?.kind === "imported" && (
        <Alert data-color="success" role="status">
          <Paragraph>
            {outcome.result.imported > 0
              ? t("result.imported", { count: outcome.result.imported, source: sourceName(outcome.result.source) })
              : t("result.none", { source: sourceName(outcome.result.source) })}
          </Paragraph>
        </Alert>
      )}
      {(outcome?.kind === "saved" || outcome?.kind === "unbound") && (
        <Alert data-color="success" role="status">
          <Paragraph>{t(outcome.kind === "saved" ? "result.saved" : "result.unbound")}</Paragraph>
        </Alert>
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(problem.key, { source: sourceName(problem.source) })}</Paragraph>
        </Alert>
      )}
      {editing && regions.data && (
        <BindSourceForm
          indicator={indicator}
          regions={regions.data}
          headingLevel={headingLevel}
          onSaved={(nowBound) => {
            setEditing(false);
            setOutcome({ kind: nowBound ? "saved" : "unbound" });
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </div>
  );
}
