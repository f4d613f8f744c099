import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { PROGRAMME_STATUSES, type ProgrammeStatus } from "@samspill/domain";
import { formatDate } from "@samspill/i18n";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useFocusReturn } from "../../shared/ui/focus";
import { ProgrammeStatusTag } from "../programmes/programme-status-tag";
import { DecisionLinkList } from "./decision-link-list";
import { EditAgendaItemForm } from "./edit-agenda-item";
import { EditDecisionLinks } from "./edit-decision-links";
import { RecordDecisionForm } from "./record-decision-form";
import { RemoveAgendaItem } from "./remove-agenda-item";
import type { AgendaItem, MeetingDetail } from "./types";

interface AgendaItemSectionProps {
  item: AgendaItem;
  contentLang?: string;
  /** The meeting, when the reader may record decisions on it. */
  recordFor?: Pick<MeetingDetail, "id" | "councilId" | "heldOn">;
}

/** One case on the agenda: its number and title, and what was decided, linking what it adopted and concerns. */
export function AgendaItemSection({ item, contentLang, recordFor }: AgendaItemSectionProps) {
  const { t } = useTranslation("meetings");
  const { language } = useLanguage();
  const headingId = useId();
  const [task, setTask] = useState<"edit" | "remove" | null>(null);
  // Closing the form or the question returns the focus to the button that opened it.
  const opener = useFocusReturn(task !== null);
  const open = (next: "edit" | "remove") => (event: { currentTarget: HTMLElement }) => {
    opener.current = event.currentTarget;
    setTask(next);
  };
  const name = { caseNumber: item.caseNumber };
  return (
    <li>
      <section aria-labelledby={headingId} className="stack agenda-item">
        <div>
          <Paragraph className="meta">{t("detail.caseNumber", { caseNumber: item.caseNumber })}</Paragraph>
          <Heading level={3} data-size="xs" id={headingId} lang={contentLang}>
            {item.title}
          </Heading>
        </div>
        {item.description && <Paragraph lang={contentLang}>{item.description}</Paragraph>}
        {item.decisions.length === 0 && <Paragraph data-size="sm">{t("detail.noDecision")}</Paragraph>}
        {item.decisions.map((decision) => (
          <div key={decision.id} className="decision">
            <Heading level={4} data-size="2xs">
              {t("detail.decision")}
              <span className="meta"> · {t("detail.decidedOn", { date: formatDate(decision.decidedOn, language) })}</span>
            </Heading>
            <Paragraph lang={contentLang}>{decision.text}</Paragraph>
            {decision.adopts && (
              <Paragraph data-size="sm">
                {t("detail.adopts")}{" "}
                <AppLink href={hrefFor({ name: "programme", id: decision.adopts.programmeId })} lang={contentLang}>
                  {decision.adopts.title}
                </AppLink>{" "}
                {isProgrammeStatus(decision.adopts.status) && <ProgrammeStatusTag status={decision.adopts.status} />}
              </Paragraph>
            )}
            <DecisionLinkList links={decision.links} contentLang={contentLang} />
            {recordFor && <EditDecisionLinks decision={decision} caseNumber={item.caseNumber} meetingId={recordFor.id} councilId={recordFor.councilId} />}
          </div>
        ))}
        {recordFor && (
          <div className="field-inline">
            <Button type="button" variant="tertiary" data-size="sm" aria-label={t("edit.editItem", name)} aria-expanded={task === "edit"}
              onClick={open("edit")}>
              {t("edit.editShort")}
            </Button>
            <Button type="button" variant="tertiary" data-size="sm" data-color="danger" aria-label={t("edit.removeItem", name)}
              aria-expanded={task === "remove"} onClick={open("remove")}>
              {t("edit.removeShort")}
            </Button>
          </div>
        )}
        {recordFor && task === "edit" && <EditAgendaItemForm item={item} onDone={() => setTask(null)} />}
        {recordFor && task === "remove" && <RemoveAgendaItem item={item} onDone={() => setTask(null)} />}
        {recordFor && (
          <RecordDecisionForm meetingId={recordFor.id} councilId={recordFor.councilId} agendaItemId={item.id} heldOn={recordFor.heldOn} />
        )}
      </section>
    </li>
  );
}

// The link's status arrives as the database's text; show a tag only for a status we can name.
function isProgrammeStatus(value: string): value is ProgrammeStatus {
  return (PROGRAMME_STATUSES as readonly string[]).includes(value);
}
