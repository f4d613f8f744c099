import type { ReactNode } from "react";
import { Table } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AgreementSection } from "./agreement-section";
import type { AgreementDetail } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

/** The county's and the party's meetings about the agreement, oldest first as the server sends them. */
type Meeting = AgreementDetail["dialogueMeetings"][number];

interface DialogueMeetingsProps {
  meetings: readonly Meeting[];
  actions?: (meeting: Meeting) => ReactNode;
  editor?: ReactNode;
}

export function DialogueMeetings({ meetings, actions, editor }: DialogueMeetingsProps) {
  const { t } = useTranslation(["agreements", "agreement-editing"]);
  const { language } = useLanguage();
  return (
    <AgreementSection heading={t("detail.dialogueHeading")} empty={meetings.length === 0 && t("detail.dialogueEmpty")} editor={editor}>
      {(headingId) => (
        <TableScroll>
          <Table aria-labelledby={headingId} zebra border data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("detail.date")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.meeting")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.summary")}</Table.HeaderCell>
                {actions && <Table.HeaderCell scope="col">{t("agreement-editing:row.actions")}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {meetings.map((meeting) => (
                <Table.Row key={meeting.id}>
                  <Table.Cell>{formatDate(meeting.heldOn, language)}</Table.Cell>
                  <Table.HeaderCell scope="row">{meeting.title}</Table.HeaderCell>
                  <Table.Cell>{meeting.summary}</Table.Cell>
                  {actions && <Table.Cell>{actions(meeting)}</Table.Cell>}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </AgreementSection>
  );
}
