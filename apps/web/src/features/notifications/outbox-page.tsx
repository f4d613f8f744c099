import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { AppLink } from "../../shared/router/app-link";
import { navigate, useSearch } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { TableScroll } from "../../shared/ui/table-scroll";
import { AdminGate } from "../admin/admin-gate";
import { AdminNav } from "../admin/admin-nav";
import { ListPagination } from "../admin/list-pagination";
import { PAGE_SIZE, pageOf, parseQuery, queryHref, type QueryState } from "../admin/query-state";
import "../admin/admin.css";
import { OutboxFilters } from "./outbox-filters";
import { OutboxStateTag } from "./outbox-state-tag";
import { useDateTime } from "./use-date-time";
import { NOTICE_KINDS, OUTBOX_STATES, type NoticeKind, type OutboxState } from "./types";

const KEYS = ["state", "kind", "page"] as const;
const PATH = hrefFor({ name: "adminOutbox" });

/** The admin's outbox: every e-mail the portal has written, newest first. */
export function OutboxPage() {
  const { t } = useTranslation("notifications");
  return (
    <AdminGate title={t("outbox.heading")}>
      <OutboxList />
    </AdminGate>
  );
}

const known = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((candidate) => candidate === value);

function OutboxList() {
  const { t } = useTranslation("notifications");
  const trpc = useTRPC();
  const dateTime = useDateTime();
  const state = parseQuery(useSearch(), KEYS);
  const page = pageOf(state);
  const captionId = useId();
  const list = useQuery({
    ...trpc.notifications.listOutbox.queryOptions({
      state: known<OutboxState>(OUTBOX_STATES, state.state),
      kind: known<NoticeKind>(NOTICE_KINDS, state.kind),
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const go = (next: QueryState) => navigate(queryHref(PATH, next));

  return (
    <div className="stack">
      <AdminNav />
      <Heading level={1} data-size="lg">
        {t("outbox.heading")}
      </Heading>
      <Paragraph>{t("outbox.intro")}</Paragraph>
      <OutboxFilters key={queryHref(PATH, state)} state={state} onApply={(next) => go({ ...next, page: "1" })} />
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isSuccess && list.data.items.length === 0 && <Paragraph>{t("outbox.empty")}</Paragraph>}
      {list.isSuccess && list.data.items.length > 0 && (
        <TableScroll>
          <Table aria-labelledby={captionId} data-size="sm">
            <caption id={captionId}>{t("outbox.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("outbox.columns.subject")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("outbox.columns.recipient")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("outbox.columns.kind")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("outbox.columns.created")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("outbox.columns.state")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.items.map((item) => (
                <Table.Row key={item.id}>
                  <Table.Cell>
                    <AppLink href={hrefFor({ name: "adminOutboxMessage", id: item.id })} aria-label={t("outbox.open", { subject: item.subject })}>
                      {item.subject}
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell className="outbox-recipient">{item.recipientEmail}</Table.Cell>
                  <Table.Cell>{t(`outbox.kinds.${item.kind}`)}</Table.Cell>
                  <Table.Cell>{dateTime(item.createdAt)}</Table.Cell>
                  <Table.Cell>
                    <OutboxStateTag state={item.state} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {list.isSuccess && (
        <ListPagination
          page={page}
          total={list.data.total}
          pageSize={PAGE_SIZE}
          hrefFor={(next) => queryHref(PATH, { ...state, page: String(next) })}
          onNavigate={navigate}
        />
      )}
    </div>
  );
}
