import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { Loading } from "../../shared/ui/loading";
import { ReportingTable } from "./reporting-table";
import { DueList, ReturnedList } from "./task-lists";
import { usePeriodReporting } from "./use-period-reporting";
import { usePeriods } from "./use-periods";
import "./reports.css";

/**
 * A municipality contributor's tasks for the council's current reporting period: reports to
 * write, reports returned with the secretariat's comment, and all their measures and parts.
 * The server limits what it answers to the contributor's own municipality.
 */
export function MyTasks() {
  const { t } = useTranslation("reports");
  const { language } = useLanguage();
  const headingId = useId();
  const { periods, period, noPeriod } = usePeriods();
  const reporting = usePeriodReporting(period);

  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="md" id={headingId}>
        {t("myTasks.heading")}
      </Heading>
      {noPeriod && <Paragraph>{t("noPeriod")}</Paragraph>}
      {periods.isError && <ErrorAlert error={periods.error} headingLevel={3} />}
      {period && (
        <Paragraph className="meta">
          {t("period", { name: period.name, deadline: formatDate(period.deadline, language) })}
        </Paragraph>
      )}
      {!noPeriod && !periods.isError && (periods.isPending || reporting.isPending) && <Loading />}
      {reporting.error && <ErrorAlert error={reporting.error} headingLevel={3} />}
      {period && reporting.rows && (
        <>
          <DueList items={reporting.rows} periodId={period.id} />
          <ReturnedList reports={(reporting.reports ?? []).filter((report) => report.workflowStatus === "returned")} />
          <Heading level={3} data-size="sm">
            {t("myTasks.all")}
          </Heading>
          {reporting.rows.length === 0 ? (
            <Paragraph>{t("myTasks.allEmpty")}</Paragraph>
          ) : (
            <ReportingTable
              caption={t("myTasks.allCaption", { period: period.name })}
              items={reporting.rows}
              periodId={period.id}
              linked={() => true}
              showOrganisation={false}
            />
          )}
        </>
      )}
    </section>
  );
}
