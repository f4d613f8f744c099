import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { ReminderSettingSection } from "../notifications/reminder-setting-section";
import { NewProgrammeLink } from "../programme-editing/new-programme-link";
import { BudgetSection } from "./budget-section";
import { ComplianceTable } from "./compliance-table";
import { OverdueReportsTable } from "./overdue-reports-table";
import { Section } from "./section";
import { StatusCountTable } from "./status-count-table";
import type { CouncilDashboard as Data } from "./types";
import "../../shared/figures/figures.css";
import "./dashboards.css";

/** The secretariat's home: the state of the council's current programmes at a glance. */
export function CouncilDashboard({ council }: { council: { id: string; name: string } }) {
  const { t } = useTranslation("dashboards");
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.dashboards.council.queryOptions({ councilId: council.id }));
  useDocumentTitle(t("council.heading"));
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("council.heading")}
        </Heading>
        <Paragraph>{t("council.intro", { council: council.name })}</Paragraph>
        <NewProgrammeLink />
      </div>
      {dashboard.isPending && <Loading />}
      {dashboard.isError && <ErrorAlert error={dashboard.error} />}
      {dashboard.isSuccess && <Sections data={dashboard.data} />}
      <ReminderSettingSection councilId={council.id} />
    </>
  );
}

function Sections({ data }: { data: Data }) {
  const { t } = useTranslation("dashboards");
  // With more than one current programme, each focus area says which programme it belongs to.
  const programmeTitle = new Map(data.programmes.map((programme) => [programme.id, programme.title]));
  const label = (programmeId: string, title: string) =>
    data.programmes.length > 1 ? t("council.inProgramme", { title, programme: programmeTitle.get(programmeId) ?? "" }) : title;
  const byFocusArea = data.measuresByFocusArea.map((row) => ({
    rowId: row.focusAreaId ?? `none:${row.programmeId}`,
    rowLabel: label(row.programmeId, row.focusAreaTitle ?? t("council.noFocusArea")),
    counts: row.counts,
  }));
  const byMunicipality = data.partsByMunicipality.map((row) => ({
    rowId: row.municipalityId, rowLabel: row.municipalityName, counts: row.counts,
  }));
  return (
    <>
      <Section heading={t("council.measuresHeading")} empty={byFocusArea.length === 0 && t("council.noCurrentProgramme")}>
        {(id) => <StatusCountTable rows={byFocusArea} labelledBy={id} rowHeader={t("council.focusArea")} />}
      </Section>
      <Section heading={t("council.reportingHeading")} empty={data.reporting.length === 0 && t("county.complianceEmpty")}>
        {(id) => <ComplianceTable rows={data.reporting} labelledBy={id} showCouncil={false} />}
      </Section>
      <Section heading={t("council.overdueHeading")} empty={data.overdueReports.length === 0 && t("council.overdueEmpty")}>
        {(id) => <OverdueReportsTable reports={data.overdueReports} labelledBy={id} />}
      </Section>
      <Section heading={t("council.partsHeading")} empty={byMunicipality.length === 0 && t("council.noParts")}>
        {(id) => <StatusCountTable rows={byMunicipality} labelledBy={id} rowHeader={t("council.municipality")} />}
      </Section>
      <BudgetSection budget={data.budget} />
    </>
  );
}
