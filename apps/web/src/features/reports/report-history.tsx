import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { formatDateTime } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { errorCodeOf } from "../../shared/errors/error-code";
import { useLanguage } from "../../shared/language/use-language";
import { ASKED_ANEW } from "../../shared/query/asked-anew";
import { Loading } from "../../shared/ui/loading";
import { TableScroll } from "../../shared/ui/table-scroll";

const ACTIONS = ["created", "draft_saved", "submitted", "returned", "approved"] as const;
type ReportAction = (typeof ACTIONS)[number];

/** The workflow step an audit action records ("status_report.returned" → "returned"), if it is one. */
export function reportAction(action: string): ReportAction | undefined {
  const step = action.replace(/^status_report\./, "");
  return (ACTIONS as readonly string[]).includes(step) ? (step as ReportAction) : undefined;
}

/**
 * Who started, saved, submitted, returned and approved the report, and when: with the comments
 * above it, the reviewer sees how the report came to be what it is. Only readers of the audit
 * log get it; for others the section is left out, as if there were nothing to show.
 */
export function ReportHistory({ reportId }: { reportId: string }) {
  const { t } = useTranslation("reports");
  const { language } = useLanguage();
  const headingId = useId();
  const trpc = useTRPC();
  const history = useQuery({ ...trpc.audit.listForSubject.queryOptions({ subjectType: "status_report", subjectId: reportId }), ...ASKED_ANEW });
  if (history.isError && ["NOT_FOUND", "FORBIDDEN"].includes(errorCodeOf(history.error))) return null;
  const events = (history.data?.items ?? []).flatMap((event) => {
    const action = reportAction(event.action);
    return action ? [{ ...event, action }] : [];
  });
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("history.heading")}
      </Heading>
      {history.isPending && <Loading />}
      {history.isError && <ErrorAlert error={history.error} headingLevel={3} />}
      {history.isSuccess && events.length === 0 && <Paragraph>{t("history.empty")}</Paragraph>}
      {events.length > 0 && (
        <TableScroll>
          <Table zebra border data-size="sm">
            <caption>{t("history.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("history.when")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("history.who")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("history.what")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {events.map((event) => (
                <Table.Row key={event.id}>
                  <Table.Cell>{formatDateTime(event.occurredAt, language)}</Table.Cell>
                  <Table.Cell>{event.actor?.name ?? t("history.system")}</Table.Cell>
                  <Table.Cell>{t(`history.actions.${event.action}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
