import { Field, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { formatDateRange } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { DownloadButton } from "../../shared/files/download-button";
import { useLanguage } from "../../shared/language/use-language";
import { Loading } from "../../shared/ui/loading";
import { Section } from "../dashboards/section";
import { AnnualReportTexts } from "./annual-report-texts";

/**
 * The annual report to the county for one of the agreement's reporting periods: a picker of the
 * periods the server offers (the council's, or those of the councils its municipality belongs
 * to) and the button that downloads the Word document for the chosen one.
 */
export function AnnualReportDownload({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation("documents");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const periods = useQuery(trpc.documents.annualReportPeriods.queryOptions({ agreementId }));
  const [chosen, setChosen] = useState<string>();
  const selectId = useId();

  if (periods.isPending) return <Loading />;
  if (periods.isError) return <ErrorAlert error={periods.error} headingLevel={2} />;
  const { items } = periods.data;
  const periodId = chosen ?? items[0]?.id;
  // The council's name only tells periods apart when a municipality's councils both have some.
  const severalCouncils = new Set(items.map((period) => period.councilName)).size > 1;
  const label = (period: (typeof items)[number]) => {
    const dates = `${period.name} (${formatDateRange(period.periodStart, period.periodEnd, language)})`;
    return severalCouncils ? `${dates} – ${period.councilName}` : dates;
  };

  return (
    <Section heading={t("download.annualReportHeading")} empty={items.length === 0 && t("download.noPeriods")}>
      {() => (
        <>
          <Paragraph>{t("download.annualReportIntro")}</Paragraph>
          <Field>
            <Label htmlFor={selectId}>{t("download.period")}</Label>
            <Select id={selectId} value={periodId} width="auto" onChange={(event) => setChosen(event.target.value)}>
              {items.map((period) => (
                <Select.Option key={period.id} value={period.id}>
                  {label(period)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {periodId && (
            <div>
              <DownloadButton procedure="documents.annualReport" input={{ agreementId, periodId }}>
                {t("download.annualReport")}
              </DownloadButton>
            </div>
          )}
          {periodId && <AnnualReportTexts agreementId={agreementId} periodId={periodId} />}
        </>
      )}
    </Section>
  );
}
