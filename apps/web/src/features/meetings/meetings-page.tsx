import { Heading, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { navigate, useSearch } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { AllCouncilsMeetings } from "./all-councils-meetings";
import { ALL_COUNCILS, chooseCouncil, searchWithCouncil } from "./council-choice";
import { MeetingsTable } from "./meetings-table";
import { NewMeetingForm } from "./new-meeting-form";
import { useMeetingCouncils } from "./use-meeting-councils";
import type { CouncilChoice } from "./use-my-councils";
import "./meetings.css";

/** The meetings of the reader's council, or of every council; the choice lives in the address. */
export function MeetingsPage() {
  const { t } = useTranslation("meetings");
  const { councils, offerAll, preferAll, isPending } = useMeetingCouncils();
  const search = useSearch();
  const selectId = useId();
  useDocumentTitle(t("list.heading"));
  const chosen = chooseCouncil(search, { councilIds: councils.map((council) => council.id), offerAll, preferAll });
  const council = councils.find((candidate) => candidate.id === chosen);
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("list.heading")}
        </Heading>
        <Paragraph>{t("list.intro")}</Paragraph>
      </div>
      {isPending && <Loading />}
      {!isPending && chosen === undefined && <Paragraph>{t("list.empty")}</Paragraph>}
      {(offerAll || councils.length > 1) && chosen && (
        <div className="field-inline">
          <Label htmlFor={selectId}>{t("list.council")}</Label>
          <Select id={selectId} width="auto" value={chosen}
            onChange={(event) => navigate(`${hrefFor({ name: "meetings" })}${searchWithCouncil(search, event.target.value)}`)}>
            {offerAll && <Select.Option value={ALL_COUNCILS}>{t("list.allCouncils")}</Select.Option>}
            {councils.map((candidate) => (
              <Select.Option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </Select.Option>
            ))}
          </Select>
        </div>
      )}
      {chosen === ALL_COUNCILS && <AllCouncilsMeetings councils={councils} />}
      {council && <CouncilMeetings key={council.id} council={council} />}
    </>
  );
}

function CouncilMeetings({ council }: { council: CouncilChoice }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const headingId = useId();
  const meetings = useQuery(trpc.meetings.list.queryOptions({ councilId: council.id, limit: 200, offset: 0 }));
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {council.name}
      </Heading>
      {meetings.data?.viewer.record.allowed && <NewMeetingForm councilId={council.id} />}
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
