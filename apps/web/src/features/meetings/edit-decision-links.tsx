import { Button, Details, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import type { DecisionLink } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert, ErrorSummary, useVersionedForm } from "../../shared/forms";
import { DecisionLinksPicker } from "./decision-links-picker";
import { useMeetingMessages } from "./meeting-messages";
import type { Decision } from "./types";

interface EditDecisionLinksProps {
  decision: Decision;
  caseNumber: string;
  meetingId: string;
  councilId: string;
}

const linksOf = (decision: Decision): { links: DecisionLink[] } => ({ links: decision.links.map(({ kind, id }) => ({ kind, id })) });

/** "Change what it concerns" under a recorded decision (`meetings.setDecisionLinks`, at its version). */
export function EditDecisionLinks({ decision, caseNumber, meetingId, councilId }: EditDecisionLinksProps) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.meetings.setDecisionLinks.mutationOptions());
  const [saved, setSaved] = useState(false);
  const meetingKey = trpc.meetings.get.queryKey({ id: meetingId });
  const form = useVersionedForm({
    initial: linksOf(decision),
    version: decision.version,
    send: (changed, version, values) => {
      setSaved(false);
      return save.mutateAsync({ id: decision.id, version, links: values.links });
    },
    latest: async () => {
      const meeting = await queryClient.fetchQuery(trpc.meetings.get.queryOptions({ id: meetingId }, { staleTime: 0 }));
      const latest = meeting.agendaItems.flatMap((item) => item.decisions).find((candidate) => candidate.id === decision.id);
      return latest ? { values: linksOf(latest), version: latest.version } : null;
    },
    onSaved: async () => {
      setSaved(true);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKey }),
        queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() }),
      ]);
    },
  });
  const messages = useMeetingMessages({ links: t("links.legend") }, form.errors);
  const id = `links-${decision.id}`;

  return (
    <Details>
      <Details.Summary>{t("links.edit", { caseNumber })}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={(event) => void form.submit(event)}>
          <div id={`${id}-links`} tabIndex={-1}>
            <DecisionLinksPicker idPrefix={id} councilId={councilId} value={form.values.links} onChange={form.set("links")} known={decision.links} />
            {messages.links && <ValidationMessage>{messages.links}</ValidationMessage>}
          </div>
          {form.conflict && (
            <ConflictAlert message={t("edit.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")} takeFocus
              onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
          )}
          <ErrorSummary idPrefix={id} messages={{}} problem={form.problem} attempt={form.attempt} />
          <div>
            <Button type="submit" aria-disabled={form.pending || undefined}>
              {form.pending ? t("edit.saving") : t("links.save")}
            </Button>
          </div>
          <div role="status">{saved && <Paragraph data-size="sm">{t("links.saved")}</Paragraph>}</div>
        </form>
      </Details.Content>
    </Details>
  );
}
