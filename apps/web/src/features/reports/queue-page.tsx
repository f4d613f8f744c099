import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { ASKED_ANEW } from "../../shared/query/asked-anew";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { PeriodPicker } from "./period-picker";
import { QueueTable } from "./queue-table";
import { useReview } from "./use-review";
import { usePeriods } from "./use-periods";
import "./reports.css";

/** The secretariat's queue: a period's submitted reports, each to approve or return. */
export function QueuePage({ periodId }: { periodId?: string }) {
  const { t } = useTranslation("reports");
  const { t: tCommon } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const { periods, items, period, noPeriod } = usePeriods(periodId);
  const queue = useQuery({
    ...trpc.reports.listForPeriod.queryOptions({ periodId: period?.id ?? "", status: ["submitted"], limit: 200 }),
    enabled: period !== undefined,
    ...ASKED_ANEW,
  });
  const review = useReview(queue.data?.items ?? [], () => queue.refetch());
  useDocumentTitle(t("queue.heading"));

  // Whether the reader reviews this council's reports is the server's answer with its periods.
  const allowed = periods.data?.viewer.review.allowed ?? false;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" className="reports-title">
        {t("queue.heading")}
      </Heading>
      {periods.isSuccess && !allowed && <Alert data-color="warning">{tCommon("errors.FORBIDDEN")}</Alert>}
      {noPeriod && (
        <Paragraph>
          {t("noPeriod")} <AppLink href={hrefFor({ name: "reportOverview" })}>{t("nav.overview")}</AppLink>
        </Paragraph>
      )}
      {periods.isError && <ErrorAlert error={periods.error} />}
      {period && (
        <>
          <PeriodPicker periods={items} value={period.id} hrefFor={(id) => hrefFor({ name: "reportQueue", periodId: id })} />
          <Paragraph className="meta">
            {t("period", { name: period.name, deadline: formatDate(period.deadline, language) })}
          </Paragraph>
        </>
      )}
      <div aria-live="polite">{review.done && <Alert data-color="success">{review.done}</Alert>}</div>
      {review.conflict && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t("form.conflict")}</Paragraph>
          <div className="button-row">
            <Button variant="secondary" onClick={review.reload}>
              {t("form.reload")}
            </Button>
            <Button onClick={() => void review.reapply()}>{t("form.reapply")}</Button>
          </div>
        </Alert>
      )}
      {review.error !== undefined && <ErrorAlert error={review.error} />}
      {!noPeriod && !periods.isError && (periods.isPending || queue.isPending) && <Loading />}
      {queue.isError && <ErrorAlert error={queue.error} />}
      {period && queue.isSuccess && queue.data.items.length === 0 && (
        <Paragraph>
          {t("queue.empty")} <AppLink href={hrefFor({ name: "reportOverview", periodId: period.id })}>{t("nav.overview")}</AppLink>
        </Paragraph>
      )}
      {period && queue.isSuccess && queue.data.items.length > 0 && (
        <QueueTable caption={t("queue.caption", { period: period.name })} items={queue.data.items} review={allowed ? review : undefined} />
      )}
    </div>
  );
}
