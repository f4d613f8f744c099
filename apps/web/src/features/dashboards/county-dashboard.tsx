import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Loading } from "../../shared/ui/loading";
import { hrefFor } from "../../shared/router/routes";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { AgreementsTable } from "../agreements/agreements-table";
import { AgreementFundsTable } from "./agreement-funds-table";
import { useNavigation } from "../home/use-navigation";
import { withCouncil } from "../reports/council-picker";
import { ComplianceTable } from "./compliance-table";
import { FundsSection } from "./funds-section";
import { Section } from "./section";
import { StatusCountTable } from "./status-count-table";
import type { CountyDashboard as Data } from "./types";
import "../../shared/figures/figures.css";
import "./dashboards.css";

/** The county official's home: every agreement, who has reported, money and progress. */
export function CountyDashboard({ county, top }: { county: { id: string; name: string }; top?: ReactNode }) {
  const { t } = useTranslation("dashboards");
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.dashboards.county.queryOptions({ countyId: county.id }));
  useDocumentTitle(t("county.heading"));
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("county.heading")}
        </Heading>
        <Paragraph>{t("county.intro", { county: county.name })}</Paragraph>
      </div>
      {top}
      {dashboard.isPending && <Loading />}
      {dashboard.isError && <ErrorAlert error={dashboard.error} />}
      {dashboard.isSuccess && <Sections data={dashboard.data} />}
    </>
  );
}

function Sections({ data }: { data: Data }) {
  const { t } = useTranslation("dashboards");
  const navigation = useNavigation();
  // Councils the official follows lead to their dashboards; a municipality's row has none.
  const dashboardOf = (ownerId: string) =>
    navigation.has("councilDashboards") && navigation.councils.some((council) => council.id === ownerId)
      ? hrefFor({ name: "councilDashboard", id: ownerId })
      : undefined;
  const byOwner = data.measuresByOwner.map((row) => ({ rowId: row.ownerId, rowLabel: row.ownerName, counts: row.counts }));
  const withMoney = data.agreements.filter((agreement) => agreement.funds.length > 0);
  return (
    <>
      <Section heading={t("county.agreementsHeading")} empty={data.agreements.length === 0 && t("county.agreementsEmpty")}>
        {(id) => <AgreementsTable agreements={data.agreements} labelledBy={id} />}
      </Section>
      <Section heading={t("county.complianceHeading")} empty={data.compliance.length === 0 && t("county.complianceEmpty")}>
        {(id) => (
          <ComplianceTable
            rows={data.compliance}
            labelledBy={id}
            rowHref={(row) => withCouncil(hrefFor({ name: "reportOverview", periodId: row.periodId }), row.councilId, "")}
          />
        )}
      </Section>
      <FundsSection funds={data.funds} />
      <Section heading={t("county.agreementFundsHeading")} empty={withMoney.length === 0 && t("county.fundsEmpty")}>
        {(id) => (
          <>
            <AgreementFundsTable agreements={withMoney} labelledBy={id} />
            {withMoney.length > 1 && <Paragraph className="meta">{t("county.agreementFundsNote")}</Paragraph>}
          </>
        )}
      </Section>
      <Section heading={t("county.measuresHeading")} empty={byOwner.length === 0 && t("county.measuresEmpty")}>
        {(id) => <StatusCountTable rows={byOwner} labelledBy={id} rowHeader={t("county.owner")} rowHref={dashboardOf} />}
      </Section>
    </>
  );
}
