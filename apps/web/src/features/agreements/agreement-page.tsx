import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { officialName } from "@samspill/domain";
import { countryOfCurrency, formatDateRange } from "@samspill/i18n";
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
import { DetailsEditor } from "./details-editor";
import { DialoguePart } from "./dialogue-editor";
import { FundingPart } from "./funding-editor";
import { ObligationsPart } from "./obligations-editor";
import { PartiesPart } from "./parties-editor";
import { RequirementsPart } from "./requirements-editor";
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
  // Named as it signs ("Innlandet fylkeskommune", "Region Kalmar län"), in the agreement's country.
  const countyParty = data.parties.find((party) => party.kind === "county");
  const county = countyParty ? officialName({ name: countyParty.name, kind: "county", country: countryOfCurrency(data.currency) ?? "NO" }) : "";
  const editable = data.viewer.manage.allowed;
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
        {editable && <DetailsEditor agreement={data} />}
      </div>
      <AnnualReportDownload agreementId={data.id} />
      <PartiesPart agreement={data} editable={editable} />
      <ObligationsPart agreement={data} editable={editable} />
      <FundingPart agreement={data} editable={editable} />
      <SpendingTable funds={data.funds} sharedMeasures={data.sharedMeasures} />
      <RequirementsPart agreement={data} editable={editable} />
      <DialoguePart agreement={data} editable={editable} />
      <DecisionsAbout decisions={data.decisions} />
    </>
  );
}
