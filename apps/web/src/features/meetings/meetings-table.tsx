import { Table } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import type { MeetingListItem } from "./types";
import { VisibilityTag } from "./visibility-tag";
import { TableScroll } from "../../shared/ui/table-scroll";

interface MeetingsTableProps {
  meetings: readonly MeetingListItem[];
  labelledBy: string;
  /** Given when meetings of several councils are listed together: each row names its council. */
  councilName?: (councilId: string) => string | undefined;
}

/** Meetings newest first, each title opening the meeting. */
export function MeetingsTable({ meetings, labelledBy, councilName }: MeetingsTableProps) {
  const { t } = useTranslation("meetings");
  const { language } = useLanguage();
  return (
    <TableScroll>
      <Table aria-labelledby={labelledBy} zebra border data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("list.date")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("list.meeting")}</Table.HeaderCell>
            {councilName && <Table.HeaderCell scope="col">{t("list.council")}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t("list.body")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("list.location")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("list.visibility")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {meetings.map((meeting) => (
            <Table.Row key={meeting.id}>
              <Table.Cell>{formatDate(meeting.heldOn, language)}</Table.Cell>
              <Table.HeaderCell scope="row">
                <AppLink href={hrefFor({ name: "meeting", id: meeting.id })}>{meeting.title}</AppLink>
              </Table.HeaderCell>
              {councilName && <Table.Cell>{councilName(meeting.councilId)}</Table.Cell>}
              <Table.Cell>{meeting.body}</Table.Cell>
              <Table.Cell>{meeting.location}</Table.Cell>
              <Table.Cell>
                <VisibilityTag published={meeting.published} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
