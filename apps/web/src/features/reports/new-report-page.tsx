import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { offeredFundingSources, type FundingSource } from "@samspill/domain";
import { formatDate } from "@samspill/i18n";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { formProblemOf } from "../../shared/forms";
import { useLanguage } from "../../shared/language/use-language";
import { navigate } from "../../shared/router/navigation";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser } from "../auth/use-auth";
import { ReportEditor, type ReportContent, type SaveAction } from "./report-editor";
import { currencyOf } from "./report-currency";
import { saveDraftInput } from "./types";
import { usePeriods } from "./use-periods";
import "./reports.css";

interface NewReportPageProps {
  periodId: string;
  measureId: string;
  partId?: string;
}

/** The id of the report someone else started first, from the server's CONFLICT answer. */
function existingReport(error: unknown): { id: string; version: number } | undefined {
  const { reason, params } = formProblemOf(error);
  if (reason !== "report_exists" || typeof params.id !== "string") return undefined;
  return { id: params.id, version: Number(params.currentVersion) };
}

/** A report not yet started: the form starts from the measure's (or part's) status today. */
export function NewReportPage({ periodId, measureId, partId }: NewReportPageProps) {
  const { t } = useTranslation("reports");
  const { t: tMeasures } = useTranslation("measures");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const measure = useQuery(trpc.measures.get.queryOptions({ id: measureId }));
  const { period, periods } = usePeriods(periodId);
  const saveDraft = useMutation(trpc.reports.saveDraft.mutationOptions());
  const submit = useMutation(trpc.reports.submit.mutationOptions());
  const [existing, setExisting] = useState<{ id: string; version: number }>();
  useDocumentTitle(t("form.headingNew"));

  if (measure.isPending || periods.isPending) return <Loading />;
  if (measure.isError) return <ErrorAlert error={measure.error} headingLevel={1} />;
  const part = partId ? measure.data.parts.find((item) => item.id === partId) : undefined;
  const start = part ?? measure.data;

  async function save(content: ReportContent, action: SaveAction) {
    try {
      // "Apply my changes again" after someone started the report first writes onto theirs.
      const created = await saveDraft.mutateAsync(
        saveDraftInput(existing ? { ...existing, ...content } : { periodId, measureId, partId: partId ?? null, ...content }),
      );
      if (action === "submit") await submit.mutateAsync({ id: created.id, version: created.version });
      await queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
      navigate(hrefFor({ name: "report", id: created.id }));
    } catch (error) {
      const found = existingReport(error);
      if (found) setExisting(found);
      throw error;
    }
  }

  // Who may write it is the server's answer: the part's report is its municipality's, else the measure's owner's.
  const mayWrite = (part ?? measure.data).viewer.report.allowed;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" className="reports-title">
        {t("form.headingNew")}
      </Heading>
      <dl className="facts">
        <dt>{t("about.reportedBy")}</dt>
        <dd>{part?.municipalityName ?? measure.data.owner?.name ?? ""}</dd>
        <dt>{t("about.measure")}</dt>
        <dd>
          <AppLink href={hrefFor({ name: "measure", id: measureId })}>{measure.data.title}</AppLink>
        </dd>
      </dl>
      {period && (
        <Paragraph className="meta">
          {t("period", { name: period.name, deadline: formatDate(period.deadline, language) })}
        </Paragraph>
      )}
      <ReportEditor
        initial={{ measureStatus: start.status, progress: String(start.progress), narrative: "", spending: {}, indicators: {} }}
        indicators={measure.data.indicators.map(({ id, name, unit }) => ({ id, name, unit }))}
        fundingSources={offeredFundingSources(measure.data.budget.lines.map((line) => line.fundingSource))}
        sourceName={(source: FundingSource) => tMeasures(`fundingSource.${source}`, { context: measure.data.owner?.country })}
        currency={currencyOf(me.data)}
        readOnly={!mayWrite}
        canSubmit
        save={save}
        // Someone started this report first: the conflict named theirs, which is all there is to fetch.
        refresh={async () => null}
        reload={() => existing && navigate(hrefFor({ name: "report", id: existing.id }))}
      />
    </div>
  );
}
