import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser } from "../auth/use-auth";
import { ReportDownloads } from "../spreadsheets/page-downloads";
import { PeriodPicker } from "./period-picker";
import { mayWriteReport } from "./report-access";
import { ReportingTable } from "./reporting-table";
import { usePeriodReporting } from "./use-period-reporting";
import { usePeriods } from "./use-periods";
import "./reports.css";

/** Who has and has not reported for a period, with each measure's and part's state. */
export function OverviewPage({ periodId }: { periodId?: string }) {
  const { t } = useTranslation("reports");
  const { language } = useLanguage();
  const me = useCurrentUser();
  const { periods, items, period, noPeriod } = usePeriods(periodId);
  const reporting = usePeriodReporting(period);
  useDocumentTitle(t("overview.heading"));

  const rows = reporting.rows;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" className="reports-title">
        {t("overview.heading")}
      </Heading>
      {noPeriod && <Paragraph>{t("noPeriod")}</Paragraph>}
      {periods.isError && <ErrorAlert error={periods.error} />}
      {period && (
        <>
          <PeriodPicker periods={items} value={period.id} hrefFor={(id) => hrefFor({ name: "reportOverview", periodId: id })} />
          <Paragraph className="meta">
            {t("period", { name: period.name, deadline: formatDate(period.deadline, language) })}
          </Paragraph>
        </>
      )}
      {!noPeriod && !periods.isError && (periods.isPending || reporting.isPending) && <Loading />}
      {reporting.error && <ErrorAlert error={reporting.error} />}
      {period && rows && (
        <>
          <Paragraph>
            {t("overview.summary", {
              reported: rows.filter((row) => row.state === "submitted" || row.state === "approved").length,
              total: rows.length,
              overdue: rows.filter((row) => row.overdue).length,
            })}
          </Paragraph>
          {rows.length > 0 && <ReportDownloads periodId={period.id} />}
          {rows.length === 0 ? (
            <Paragraph>{t("overview.empty")}</Paragraph>
          ) : (
            <ReportingTable
              caption={t("overview.caption", { period: period.name })}
              items={rows}
              periodId={period.id}
              linked={(item) => item.reportId !== null || mayWriteReport(me.data, item.organisationId)}
              showOrganisation
            />
          )}
        </>
      )}
    </div>
  );
}
