import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDateRange } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { MeasureStatusTag } from "../measures/measure-status-tag";
import { ProgressBar } from "../measures/progress-bar";
import { statusCounts } from "./status-counts";
import type { PublishedProgramme } from "./types";

/** One published programme: its period, overall progress and how many measures have each status. */
export function ProgrammeProgress({ programme, lang }: { programme: PublishedProgramme; lang: string }) {
  const { t } = useTranslation(["public", "domain"]);
  const { language } = useLanguage();
  const trpc = useTRPC();
  // The public view: published programmes only, whoever asks.
  const detail = useQuery(trpc.public.programme.queryOptions({ id: programme.id }));
  const headingId = useId();
  const statusId = useId();
  return (
    <article aria-labelledby={headingId} className="stack public-card">
      <Heading level={3} data-size="sm" id={headingId} lang={lang}>
        <AppLink href={hrefFor({ name: "programme", id: programme.id })}>{programme.title}</AppLink>
      </Heading>
      <dl className="facts">
        <dt>{t("council.period")}</dt>
        <dd>{formatDateRange(programme.periodStart, programme.periodEnd, language)}</dd>
        <dt>{t("council.status")}</dt>
        <dd>{t(`domain:programmeStatus.${programme.status}`)}</dd>
      </dl>
      {detail.isPending && <Loading />}
      {detail.isError && <ErrorAlert error={detail.error} headingLevel={3} />}
      {detail.isSuccess && (
        <>
          <Paragraph>{t("council.measureCount", { count: detail.data.progress.measureCount })}</Paragraph>
          <div>
            <Paragraph data-size="sm">{t("council.overall")}</Paragraph>
            <ProgressBar value={detail.data.progress.averageProgress} label={t("council.overallLabel", { title: programme.title })} />
          </div>
          <Heading level={4} data-size="2xs" id={statusId}>
            {t("council.byStatus")}
          </Heading>
          <ul aria-labelledby={statusId} className="status-counts">
            {statusCounts(detail.data.progress).map(({ status, count }) => (
              <li key={status}>
                <MeasureStatusTag status={status} /> {count}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
