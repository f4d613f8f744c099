import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { offeredFundingSources, type FundingSource } from "@samspill/domain";
import { formatDate } from "@samspill/i18n";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Refusal } from "../../shared/errors/refusal";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser } from "../auth/use-auth";
import { CommentsSection } from "../comments/comments-section";
import { spendingText } from "./form-values";
import { ReportEditor, type ReportContent, type SaveAction } from "./report-editor";
import { ReportHistory } from "./report-history";
import { reportQuery } from "./report-query";
import { ReportStateTag, TimelinessTags } from "./report-state-tag";
import { ReviewPanel } from "./review-panel";
import { saveDraftInput, type Report } from "./types";
import "./reports.css";

/**
 * One status report: editable while its author holds it, read-only once submitted or approved,
 * and read-only for whoever does not write it — who may, and why not, is the server's answer
 * (`viewer` on `reports.get`).
 */
export function ReportPage({ id }: { id: string }) {
  const { t } = useTranslation("reports");
  const { t: tMeasures } = useTranslation("measures");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const getKey = trpc.reports.get.queryKey({ id });
  const report = useQuery(reportQuery(trpc, id));
  const measureId = report.data?.measureId ?? "";
  const measure = useQuery({ ...trpc.measures.get.queryOptions({ id: measureId }), enabled: measureId !== "" });
  const saveDraft = useMutation(trpc.reports.saveDraft.mutationOptions());
  const submit = useMutation(trpc.reports.submit.mutationOptions());
  // A reload starts the form afresh from the report as it is now.
  const [generation, setGeneration] = useState(0);
  const title = report.data ? t("form.heading", { measure: report.data.measure.title }) : undefined;
  useDocumentTitle(title);

  if (report.isPending || (measureId && measure.isPending)) return <Loading />;
  if (report.isError) return <ErrorAlert error={report.error} headingLevel={1} />;
  const data = report.data;
  const merge = (saved: Partial<Report>) => queryClient.setQueryData(getKey, (old) => (old ? { ...old, ...saved } : old));

  async function save(content: ReportContent, action: SaveAction) {
    // The version read last: after a save, or after "apply my changes again" fetched it anew.
    const version = queryClient.getQueryData(getKey)?.version ?? data.version;
    const saved = await saveDraft.mutateAsync(saveDraftInput({ id, version, ...content }));
    merge(saved);
    if (action === "submit") merge(await submit.mutateAsync({ id, version: saved.version }));
    await queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
    // The report's history below gains the step just taken.
    await queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
  }

  const editable = data.viewer.write.allowed;
  // The state alerts below already say "submitted" and "approved"; the refusal adds who may write.
  const stateShown = data.viewer.write.reason === "report_awaiting_review" || data.viewer.write.reason === "report_locked";
  const indicators = measure.data?.indicators.map(({ id: indicatorId, name, unit }) => ({ id: indicatorId, name, unit })) ?? [];
  const formValues = (report: Report) => ({
    measureStatus: report.measureStatus, progress: String(report.progress), narrative: report.narrative,
    spending: spendingText(report.spending.lines, language),
    indicators: Object.fromEntries(report.indicatorValues.map((value) => [value.indicatorId, String(value.value)])),
  });
  const budgetSources = measure.data?.budget.lines.map((line) => line.fundingSource) ?? [];
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" className="reports-title">
        {title}
      </Heading>
      <Paragraph className="meta">
        {t("period", { name: data.period.name, deadline: formatDate(data.period.deadline, language) })}
      </Paragraph>
      <span className="tag-row">
        <ReportStateTag state={data.workflowStatus} />
        <TimelinessTags late={data.late} />
      </span>
      {/* Whose report and on what: the reviewer must know, and everyone may go on to the measure. */}
      <dl className="facts">
        <dt>{t("about.reportedBy")}</dt>
        <dd>{data.organisation.officialName}</dd>
        <dt>{t("about.measure")}</dt>
        <dd>
          <AppLink href={hrefFor({ name: "measure", id: data.measure.id })}>{data.measure.title}</AppLink>
        </dd>
      </dl>
      {measure.isError && <ErrorAlert error={measure.error} />}
      {data.workflowStatus === "returned" && data.returnComment && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t("form.returnedHeading")}
          </Heading>
          <Paragraph>
            <strong>{t("myTasks.returnComment")}:</strong> {data.returnComment}
          </Paragraph>
        </Alert>
      )}
      {data.workflowStatus === "submitted" && <Alert data-color="info">{t("form.readOnlySubmitted")}</Alert>}
      {data.workflowStatus === "approved" && <Alert data-color="success">{t("form.readOnlyApproved")}</Alert>}
      {!stateShown && <Refusal permit={data.viewer.write} subject="report" names={{ organisation: data.organisation.officialName }} />}
      <ReportEditor
        key={`${id}:${generation}`}
        initial={formValues(data)}
        indicators={indicators}
        fundingSources={offeredFundingSources(budgetSources, data.spending.lines)}
        sourceName={(source: FundingSource) => tMeasures(`fundingSource.${source}`, { context: measure.data?.owner?.country })}
        currency={data.spending.currency}
        readOnly={!editable}
        canSubmit
        save={save}
        refresh={async () => {
          const latest = await report.refetch();
          return latest.data ? formValues(latest.data) : null;
        }}
        reload={() => void report.refetch().then(() => setGeneration((value) => value + 1))}
      />
      {/* After the content, so the reviewer reads the report before deciding. */}
      {/* Mounted for every reader, so the outcome of a review is still announced once it is no longer allowed. */}
      <ReviewPanel
        report={{ id, version: data.version, measureTitle: data.measure.title, submitted: data.viewer.review.allowed }}
        refetch={() => report.refetch()}
      />
      {me.data && <CommentsSection subjectType="status_report" subjectId={id} canAdd={data.viewer.comment.allowed} />}
      <ReportHistory reportId={id} />
    </div>
  );
}
