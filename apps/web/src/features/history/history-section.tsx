import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { formatDateTime } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { errorCodeOf } from "../../shared/errors/error-code";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { Loading } from "../../shared/ui/loading";
import { fieldLabel } from "../revision/format-value";
import { changedFields } from "./changed-fields";
import { actionKey, isCreation } from "./history-labels";
import { TableScroll } from "../../shared/ui/table-scroll";

/**
 * The audit log of one measure. Only some roles may read the log; when the server says
 * NOT_FOUND or FORBIDDEN the section is left out, as if there were nothing to show.
 */
export function HistorySection({ subjectId }: { subjectId: string }) {
  const { t } = useTranslation("measures");
  // Field names as the revision's diff says them.
  const { t: tFields } = useTranslation(["revision", "domain"]);
  const { language } = useLanguage();
  const headingId = useId();
  const trpc = useTRPC();
  const history = useQuery(trpc.audit.listForSubject.queryOptions({ subjectType: "measure", subjectId }));
  if (history.isError && ["NOT_FOUND", "FORBIDDEN"].includes(errorCodeOf(history.error))) return null;
  const actionName = (action: string) => {
    const key = actionKey(action);
    return key ? t(`history.actions.${key}`) : action;
  };
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("history.heading")}
      </Heading>
      {history.isPending && <Loading />}
      {history.isError && <ErrorAlert error={history.error} headingLevel={3} />}
      {history.isSuccess && history.data.items.length === 0 && <Paragraph>{t("history.empty")}</Paragraph>}
      {history.isSuccess && history.data.items.length > 0 && (
        <TableScroll>
          <Table zebra border data-size="sm">
            <caption>{t("history.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("history.when")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("history.who")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("history.what")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("history.fields")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {history.data.items.map((event) => (
                <Table.Row key={event.id}>
                  <Table.Cell>{formatDateTime(event.occurredAt, language)}</Table.Cell>
                  <Table.Cell>{event.actor?.name ?? t("history.system")}</Table.Cell>
                  <Table.Cell>{actionName(event.action)}</Table.Cell>
                  <Table.Cell>
                    {isCreation(event.action)
                      ? t("history.newMeasure")
                      : changedFields(event.before, event.after).map((field) => fieldLabel(field, tFields)).join(", ")}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
