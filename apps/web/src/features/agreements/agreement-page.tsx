import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDateRange } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Refusal } from "../../shared/errors/refusal";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { TextBlocks } from "../../shared/ui/text-blocks";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { AnnualReportDownload } from "../documents/annual-report-download";
import { DecisionsAbout } from "../meetings/decisions-about";
import { AgreementStatusTag } from "./agreement-status-tag";
import { DialogueMeetings } from "./dialogue-meetings";
import { FundingTable } from "./funding-table";
import { ObligationsSection } from "./obligations-section";
import { PartiesTable } from "./parties-table";
import { RequirementsTable } from "./requirements-table";
import { SpendingTable } from "./spending-table";
import "../../shared/figures/figures.css";
import "./agreements.css";

export function AgreementPage({ id }: { id: string }) {
  const { t } = useTranslation(["agreements", "common"]);
  const { language } = useLanguage();
  const trpc = useTRPC();
  const agreement = useQuery(trpc.agreements.get.queryOptions({ id }));
  useDocumentTitle(agreement.data?.title ?? (agreement.isError ? t("common:errors.heading") : undefined));

  if (agreement.isPending) return <Loading />;
  // The failed page keeps its one h1: the error's heading.
  if (agreement.isError) return <ErrorAlert error={agreement.error} headingLevel={1} />;

  const { data } = agreement;
  // The county holds the agreement; the server says whether the reader may change it, and why not.
  const county = data.parties.find((party) => party.kind === "county")?.name ?? "";
  return (
    <>
      <div className="stack">
        <Paragraph data-size="sm">
          <AppLink href={hrefFor({ name: "agreements" })}>{t("detail.back")}</AppLink>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {data.title}
        </Heading>
        {data.description && <TextBlocks text={data.description} />}
        <dl className="facts">
          <dt>{t("detail.period")}</dt>
          <dd>{formatDateRange(data.periodStart, data.periodEnd, language)}</dd>
          <dt>{t("detail.status")}</dt>
          <dd>
            <AgreementStatusTag status={data.status} />
          </dd>
          {data.caseNumber && (
            <>
              <dt>{t("detail.caseNumber")}</dt>
              <dd>{data.caseNumber}</dd>
            </>
          )}
        </dl>
        <Refusal permit={data.viewer.manage} subject="agreement" names={{ county }} />
      </div>
      <AnnualReportDownload agreementId={data.id} />
      <PartiesTable parties={data.parties} />
      <ObligationsSection obligations={data.obligations} parties={data.parties} />
      <FundingTable commitments={data.fundingCommitments} funds={data.funds} />
      <SpendingTable funds={data.funds} sharedMeasures={data.sharedMeasures} />
      <RequirementsTable requirements={data.reportingRequirements} />
      <DialogueMeetings meetings={data.dialogueMeetings} />
      <DecisionsAbout decisions={data.decisions} />
    </>
  );
}
