import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { Section } from "../dashboards/section";

// Enough for "what happened lately"; the meetings page has the rest.
const LATEST = 3;

/** The council's latest meetings, each with the decisions made in it. */
export function LatestMeetings({ councilId }: { councilId: string }) {
  const { t } = useTranslation("dashboards");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const meetings = useQuery(trpc.meetings.list.queryOptions({ councilId, limit: LATEST, offset: 0 }));
  const items = meetings.data?.items ?? [];
  const details = useQueries({ queries: items.map((meeting) => trpc.meetings.get.queryOptions({ id: meeting.id })) });
  return (
    <Section heading={t("member.meetingsHeading")} empty={meetings.isSuccess && items.length === 0 && t("member.meetingsEmpty")}>
      {() => (
        <>
          {meetings.isPending && <Loading />}
          {meetings.isError && <ErrorAlert error={meetings.error} headingLevel={3} />}
          {items.map((meeting, index) => {
            const decisions = details[index]?.data?.agendaItems.flatMap((item) =>
              item.decisions.map((decision) => ({ ...decision, caseNumber: item.caseNumber, itemTitle: item.title })),
            );
            return (
              <div key={meeting.id} className="stack">
                <Heading level={3} data-size="xs">
                  <AppLink href={hrefFor({ name: "meeting", id: meeting.id })}>{meeting.title}</AppLink>
                </Heading>
                <Paragraph className="meta">
                  {meeting.body} · {formatDate(meeting.heldOn, language)}
                </Paragraph>
                {decisions?.length === 0 && <Paragraph data-size="sm">{t("member.noDecisions")}</Paragraph>}
                {decisions && decisions.length > 0 && (
                  <ul>
                    {decisions.map((decision) => (
                      <li key={decision.id}>
                        <strong>{decision.caseNumber}</strong> {decision.itemTitle}
                        {decision.adopts && (
                          <>
                            {" – "}
                            <AppLink href={hrefFor({ name: "programme", id: decision.adopts.programmeId })}>
                              {decision.adopts.title}
                            </AppLink>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
          {items.length > 0 && (
            <Paragraph>
              <AppLink href={hrefFor({ name: "meetings" })}>{t("member.allMeetings")}</AppLink>
            </Paragraph>
          )}
        </>
      )}
    </Section>
  );
}
