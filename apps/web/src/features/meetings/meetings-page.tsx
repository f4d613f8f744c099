import { Heading, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser } from "../auth/use-auth";
import { canRecordMeeting } from "./can-record";
import { MeetingsTable } from "./meetings-table";
import { NewMeetingForm } from "./new-meeting-form";
import { useMyCouncils, type CouncilChoice } from "./use-my-councils";

/** The meetings of the reader's council; a reader with several councils picks one. */
export function MeetingsPage() {
  const { t } = useTranslation("meetings");
  const { councils, isPending } = useMyCouncils();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const selectId = useId();
  useDocumentTitle(t("list.heading"));
  const council = councils.find((candidate) => candidate.id === chosen) ?? councils[0];
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("list.heading")}
        </Heading>
        <Paragraph>{t("list.intro")}</Paragraph>
      </div>
      {isPending && <Loading />}
      {!isPending && !council && <Paragraph>{t("list.empty")}</Paragraph>}
      {councils.length > 1 && council && (
        <div className="field-inline">
          <Label htmlFor={selectId}>{t("list.council")}</Label>
          <Select id={selectId} width="auto" value={council.id} onChange={(event) => setChosen(event.target.value)}>
            {councils.map((candidate) => (
              <Select.Option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </Select.Option>
            ))}
          </Select>
        </div>
      )}
      {council && <CouncilMeetings key={council.id} council={council} />}
    </>
  );
}

function CouncilMeetings({ council }: { council: CouncilChoice }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const headingId = useId();
  const meetings = useQuery(trpc.meetings.list.queryOptions({ councilId: council.id, limit: 200, offset: 0 }));
  const me = useCurrentUser();
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {council.name}
      </Heading>
      {canRecordMeeting(me.data, council.id) && <NewMeetingForm councilId={council.id} />}
      {meetings.isPending && <Loading />}
      {meetings.isError && <ErrorAlert error={meetings.error} headingLevel={3} />}
      {meetings.isSuccess && meetings.data.items.length === 0 && <Paragraph>{t("list.empty")}</Paragraph>}
      {meetings.isSuccess && meetings.data.items.length > 0 && (
        <>
          <Paragraph className="meta">{t("list.caption", { count: meetings.data.total })}</Paragraph>
          <MeetingsTable meetings={meetings.data.items} labelledBy={headingId} />
        </>
      )}
    </section>
  );
}
