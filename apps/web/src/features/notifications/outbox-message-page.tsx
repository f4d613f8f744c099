import { Heading } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { AdminGate } from "../admin/admin-gate";
import { AdminNav } from "../admin/admin-nav";
import { OutboxStateTag } from "./outbox-state-tag";
import type { OutboxMessage } from "./types";
import { useDateTime } from "./use-date-time";
import "./notifications.css";

/** One e-mail of the outbox: to whom, its state, and its text as the recipient reads it. */
export function OutboxMessagePage({ id }: { id: string }) {
  const { t } = useTranslation("notifications");
  return (
    <AdminGate title={t("outbox.heading")}>
      <Message id={id} />
    </AdminGate>
  );
}

function Message({ id }: { id: string }) {
  const { t } = useTranslation("notifications");
  const trpc = useTRPC();
  const message = useQuery(trpc.notifications.getOutboxMessage.queryOptions({ id }));
  useDocumentTitle(message.data?.subject ?? t("outbox.heading"));
  return (
    <div className="stack">
      <AdminNav />
      <div>
        <AppLink href={hrefFor({ name: "adminOutbox" })}>{t("outbox.back")}</AppLink>
      </div>
      {message.isPending && <Loading />}
      {message.isError && <ErrorAlert error={message.error} headingLevel={1} />}
      {message.isSuccess && <MessageView message={message.data} />}
    </div>
  );
}

function MessageView({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation("notifications");
  const dateTime = useDateTime();
  const facts: Array<[string, ReactNode]> = [
    [t("outbox.facts.recipient"), message.recipientEmail],
    [t("outbox.facts.language"), t(`outbox.languages.${message.language}`)],
    [t("outbox.facts.kind"), t(`outbox.kinds.${message.kind}`)],
    [t("outbox.facts.created"), dateTime(message.createdAt)],
    [t("outbox.facts.state"), <OutboxStateTag key="state" state={message.state} />],
    [t("outbox.facts.attempts"), String(message.attempts)],
  ];
  if (message.sentAt) facts.push([t("outbox.facts.sentAt"), dateTime(message.sentAt)]);
  if (message.lastError) facts.push([t("outbox.facts.lastError"), message.lastError]);
  if (message.state === "failed" && message.nextAttemptAt) facts.push([t("outbox.facts.nextAttempt"), dateTime(message.nextAttemptAt)]);
  return (
    <>
      <Heading level={1} data-size="md">
        {message.subject}
      </Heading>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <section aria-labelledby="outbox-body" className="stack">
        <Heading level={2} data-size="xs" id="outbox-body">
          {t("outbox.body")}
        </Heading>
        <pre className="outbox-body" lang={message.language}>
          {message.bodyText}
        </pre>
      </section>
    </>
  );
}
