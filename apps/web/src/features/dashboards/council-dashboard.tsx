import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { withCouncil } from "../reports/council-picker";
import { BudgetSection } from "./budget-section";
import { ComplianceTable } from "./compliance-table";
import { OverdueReportsTable } from "./overdue-reports-table";
import { Section } from "./section";
import { StatusCountTable } from "./status-count-table";
import type { CouncilDashboard as Data } from "./types";
import "../../shared/figures/figures.css";
import "./dashboards.css";

interface CouncilDashboardProps {
  council: { id: string; name: string };
  /** Under the introduction: the secretariat's own links on its home page. */
  top?: ReactNode;
  /** After the figures: the secretariat's settings on its home page. */
  bottom?: ReactNode;
}

/**
 * The state of a council's current programmes at a glance: the secretariat's home, and what
 * members, contributors and the county open from theirs.
 */
export function CouncilDashboard({ council, top, bottom }: CouncilDashboardProps) {
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
      </div>
      {top}
      {dashboard.isPending && <Loading />}
      {dashboard.isError && <ErrorAlert error={dashboard.error} />}
      {dashboard.isSuccess && <Sections data={dashboard.data} />}
      {bottom}
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
        {(id) => (
          <ComplianceTable
            rows={data.reporting}
            labelledBy={id}
            showCouncil={false}
            rowHref={(row) => withCouncil(hrefFor({ name: "reportOverview", periodId: row.periodId }), row.councilId, "")}
          />
        )}
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
