import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { ReturnForm } from "./return-form";
import { useReview } from "./use-review";

interface ReviewPanelProps {
  report: { id: string; version: number; measureTitle: string; submitted: boolean };
  refetch: () => Promise<unknown>;
}

/** The secretariat reads a submitted report and approves or returns it right there. */
export function ReviewPanel({ report, refetch }: ReviewPanelProps) {
  const { t } = useTranslation("reports");
  const [returning, setReturning] = useState(false);
  const headingId = useId();
  // The panel acts on the report as this page read it; "reload" after a conflict refetches it.
  const review = useReview([report], async () => {
    await refetch();
    return { data: { items: [report] } };
  });
  // The live region stays after the report leaves "submitted", so the outcome is announced.
  const outcome = <div aria-live="polite">{review.done && <Alert data-color="success">{review.done}</Alert>}</div>;
  if (!report.submitted) return outcome;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t("queue.reviewHeading")}
      </Heading>
      {outcome}
      {review.conflict && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t("form.conflict")}</Paragraph>
          <Button variant="secondary" onClick={review.reload}>
            {t("form.reload")}
          </Button>
        </Alert>
      )}
      {review.error !== undefined && <ErrorAlert error={review.error} />}
      {returning ? (
        <ReturnForm
          measureTitle={report.measureTitle}
          busy={review.busy}
          onCancel={() => setReturning(false)}
          onSend={async (comment) => {
            if (await review.run({ kind: "return", id: report.id, comment })) setReturning(false);
          }}
        />
      ) : (
        <div className="button-row">
          <Button disabled={review.busy} onClick={() => void review.run({ kind: "approve", id: report.id })}>
            {t("queue.approve")}
          </Button>
          <Button variant="secondary" onClick={() => setReturning(true)}>
            {t("queue.returnTo")}
          </Button>
        </div>
      )}
    </section>
  );
}
