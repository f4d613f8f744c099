import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { useSearch } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useNavigation } from "../home/use-navigation";
import { ReportDownloads } from "../spreadsheets/page-downloads";
import { chosenCouncil, CouncilPicker, withCouncil } from "./council-picker";
import { PeriodPicker } from "./period-picker";
import { NewPeriodForm } from "./new-period-form";
import { ReportingTable } from "./reporting-table";
import { usePeriodReporting } from "./use-period-reporting";
import { usePeriods } from "./use-periods";
import "./reports.css";

/**
 * Who has and has not reported for a period, with each measure's and part's state. Whoever
 * follows several councils (a county official) chooses whose; the choice is in the address.
 */
export function OverviewPage({ periodId }: { periodId?: string }) {
  const { t } = useTranslation("reports");
  const { language } = useLanguage();
  const search = useSearch();
  const navigation = useNavigation();
  const { councils } = navigation;
  // The council chosen in the address, else the first one followed that has a programme (a county
  // follows every council in it, most with nothing to report yet; it may follow only Vimmerby).
  const councilId = chosenCouncil(search) ?? (councils.find((council) => council.hasProgrammes) ?? councils[0])?.id;
  const { periods, items, period, noPeriod, councilId: shownCouncilId } = usePeriods(periodId, councilId);
  const overviewHref = (council: string | undefined, period?: string) =>
    withCouncil(hrefFor({ name: "reportOverview", ...(period ? { periodId: period } : {}) }), council, search);
  const reporting = usePeriodReporting(period);
  useDocumentTitle(t("overview.heading"));

  const rows = reporting.rows;
  if (navigation.isPending) return <Loading />;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" className="reports-title">
        {t("overview.heading")}
      </Heading>
      {councils.length > 1 && shownCouncilId && (
        <CouncilPicker councils={councils} value={shownCouncilId} hrefFor={(id) => overviewHref(id)} />
      )}
      {noPeriod && <Paragraph>{t("noPeriod")}</Paragraph>}
      {/* Without a period nothing can be reported: those who review open the next one here. */}
      {shownCouncilId && periods.data?.viewer.review.allowed && <NewPeriodForm councilId={shownCouncilId} open={noPeriod} />}
      {periods.isError && <ErrorAlert error={periods.error} />}
      {period && (
        <>
          <PeriodPicker periods={items} value={period.id} hrefFor={(id) => overviewHref(councilId, id)} />
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
              linked={(item) => item.reportId !== null || item.viewer?.write.allowed === true}
              showOrganisation
            />
          )}
        </>
      )}
    </div>
  );
}
