import { formatDate } from "@samspill/i18n";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { useLanguage } from "../../shared/language/use-language";
import type { AdoptValues } from "./adopt-values";

interface Target {
  programmeId: string;
  councilId: string;
  /** The programme's title, which names the agenda item. */
  title: string;
}

/**
 * Adoption is three calls: the meeting (unless the council's meeting that day is chosen), its
 * agenda item, the decision that adopts. What was
 * already created is remembered, so trying again after a failed step does not record the
 * meeting or the item twice (as long as the values they came from did not change).
 */
export function useAdopt(target: Target) {
  const { t } = useTranslation("revision");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const createMeeting = useMutation(trpc.meetings.create.mutationOptions());
  const addItem = useMutation(trpc.meetings.addAgendaItem.mutationOptions());
  const decide = useMutation(trpc.meetings.recordDecision.mutationOptions());
  const meeting = useRef<{ id: string; key: string } | null>(null);
  const item = useRef<{ id: string; key: string } | null>(null);

  async function adopt(values: AdoptValues) {
    const body = values.body.trim();
    // The council's meeting that day when the reader chose it; otherwise one made for the decision.
    const meetingKey = values.meetingId ? `meeting|${values.meetingId}` : `${values.heldOn}|${body}`;
    if (meeting.current?.key !== meetingKey) {
      if (values.meetingId) {
        meeting.current = { id: values.meetingId, key: meetingKey };
      } else {
        const title = t("adopt.meetingTitle", { body, date: formatDate(values.heldOn, language) });
        const created = await createMeeting.mutateAsync({ councilId: target.councilId, body, title, heldOn: values.heldOn });
        meeting.current = { id: created.id, key: meetingKey };
      }
      item.current = null;
    }
    const itemKey = values.caseNumber.trim();
    if (item.current?.key !== itemKey) {
      const created = await addItem.mutateAsync({ meetingId: meeting.current.id, caseNumber: itemKey, title: target.title });
      item.current = { id: created.id, key: itemKey };
    }
    const decision = await decide.mutateAsync({
      agendaItemId: item.current.id, text: values.text.trim(), decidedOn: values.heldOn, adoptsProgrammeId: target.programmeId,
    });
    // Both versions changed status; every programme query is stale now.
    await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
    return decision;
  }
  return { adopt, pending: createMeeting.isPending || addItem.isPending || decide.isPending };
}
