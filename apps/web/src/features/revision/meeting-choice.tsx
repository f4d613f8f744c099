import { Fieldset, Radio } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";

// Adopting records the decision in a meeting. When the council already has a meeting on the
// date given, the decision belongs there: the form offers it rather than making a second one.

export interface SameDayMeeting {
  id: string;
  title: string;
  body: string;
}

/** "new" for a new meeting, a meeting's id, or null while the reader has not chosen. */
export type MeetingChoice = string | null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The council's meetings held on `heldOn` (none until the date is a whole date). */
export function useSameDayMeetings(councilId: string, heldOn: string): SameDayMeeting[] {
  const trpc = useTRPC();
  const date = ISO_DATE.test(heldOn) ? heldOn : "";
  const meetings = useQuery({
    ...trpc.meetings.list.queryOptions({ councilId, from: date, to: date, limit: 20 }),
    enabled: Boolean(councilId && date),
  });
  return date ? (meetings.data?.items ?? []) : [];
}

/** The meeting the decision goes into: the one chosen, else the day's first; null for a new one. */
export function chosenMeeting(meetings: readonly SameDayMeeting[], choice: MeetingChoice): SameDayMeeting | null {
  if (choice === "new") return null;
  return meetings.find((meeting) => meeting.id === choice) ?? meetings[0] ?? null;
}

interface MeetingChoiceProps {
  meetings: readonly SameDayMeeting[];
  chosen: SameDayMeeting | null;
  onChoose: (choice: MeetingChoice) => void;
}

export function MeetingChoiceField({ meetings, chosen, onChoose }: MeetingChoiceProps) {
  const { t } = useTranslation("revision");
  if (meetings.length === 0) return null;
  return (
    <Fieldset>
      <Fieldset.Legend>{t("adopt.meeting")}</Fieldset.Legend>
      <Fieldset.Description>{t("adopt.meetingHelp")}</Fieldset.Description>
      {meetings.map((meeting) => (
        <Radio key={meeting.id} name="adopt-meeting" value={meeting.id} label={t("adopt.existingMeeting", { title: meeting.title })}
          checked={chosen?.id === meeting.id} onChange={() => onChoose(meeting.id)} />
      ))}
      <Radio name="adopt-meeting" value="new" label={t("adopt.newMeeting")} checked={chosen === null} onChange={() => onChoose("new")} />
    </Fieldset>
  );
}
