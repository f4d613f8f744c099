import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Refusal } from "../../shared/errors/refusal";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser } from "../auth/use-auth";
import { AddAgendaItemForm } from "./add-agenda-item-form";
import { AgendaItemSection } from "./agenda-item-section";
import { EditMeeting } from "./edit-meeting";
import { PublishControl } from "./publish-control";
import { VisibilityTag } from "./visibility-tag";
import "./meetings.css";

export function MeetingPage({ id }: { id: string }) {
  const { t } = useTranslation(["meetings", "common"]);
  const { language } = useLanguage();
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meetings.get.queryOptions({ id }));
  const me = useCurrentUser();
  const agendaId = useId();
  useDocumentTitle(meeting.data?.title ?? (meeting.isError ? t("common:errors.heading") : undefined));

  if (meeting.isPending) return <Loading />;
  // The failed page keeps its one h1: the error's heading.
  if (meeting.isError) return <ErrorAlert error={meeting.error} headingLevel={1} />;

  const { data } = meeting;
  const items = [...data.agendaItems].sort((a, b) => a.position - b.position);
  // The secretariat keeps the minutes here (the server says who may); everyone else reads them and why.
  const editable = data.viewer.record.allowed;
  const nextPosition = Math.max(0, ...items.map((item) => item.position)) + 1;
  return (
    <>
      <div className="stack">
        <Paragraph data-size="sm">
          <AppLink href={hrefFor({ name: "meetings" })}>{t("detail.back")}</AppLink>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {data.title}
        </Heading>
        <dl className="facts">
          <dt>{t("detail.body")}</dt>
          <dd>{data.body}</dd>
          <dt>{t("detail.date")}</dt>
          <dd>{formatDate(data.heldOn, language, "long")}</dd>
          {data.location && (
            <>
              <dt>{t("detail.location")}</dt>
              <dd>{data.location}</dd>
            </>
          )}
          <dt>{t("detail.visibility")}</dt>
          <dd>
            <VisibilityTag published={data.published} />
          </dd>
        </dl>
        {me.data && <Refusal permit={data.viewer.record} subject="meeting" names={{ council: data.councilName }} />}
        {editable && <EditMeeting meeting={data} />}
        {editable && <PublishControl meeting={data} />}
      </div>
      <section aria-labelledby={agendaId} className="stack">
        <Heading level={2} data-size="md" id={agendaId}>
          {t("detail.agendaHeading")}
        </Heading>
        {items.length === 0 ? (
          <Paragraph>{t("detail.agendaEmpty")}</Paragraph>
        ) : (
          <ol className="agenda">
            {items.map((item) => (
              <AgendaItemSection key={item.id} item={item} recordFor={editable ? data : undefined} />
            ))}
          </ol>
        )}
        {editable && <AddAgendaItemForm meetingId={data.id} nextPosition={nextPosition} />}
      </section>
    </>
  );
}
