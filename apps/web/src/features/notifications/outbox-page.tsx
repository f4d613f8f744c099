import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { PagedList } from "../../shared/lists/paged-list";
import { useListAddress } from "../../shared/lists/use-list-address";
import { TableScroll } from "../../shared/ui/table-scroll";
import { AdminGate } from "../admin/admin-gate";
import { AdminNav } from "../admin/admin-nav";
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
  const address = useListAddress(PATH, KEYS);
  const { state } = address;
  const captionId = useId();
  const list = useQuery({
    ...trpc.notifications.listOutbox.queryOptions({
      state: known<OutboxState>(OUTBOX_STATES, state.state),
      kind: known<NoticeKind>(NOTICE_KINDS, state.kind),
      ...address.window,
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="stack">
      <AdminNav />
      <Heading level={1} data-size="lg">
        {t("outbox.heading")}
      </Heading>
      <Paragraph>{t("outbox.intro")}</Paragraph>
      <OutboxFilters key={address.href} state={state} onApply={address.applyFilters} />
      <PagedList list={list} address={address} empty={t("outbox.empty")}>
        {(items) => (
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
                {items.map((item) => (
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
      </PagedList>
    </div>
  );
}
