import { Alert, Button, Details, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import type { DecisionLink } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
import { DecisionLinksPicker } from "./decision-links-picker";
import { useMeetingMessages } from "./form-errors";
import { saveFailureOf, type SaveFailure } from "./form-problem";
import type { Decision } from "./types";

interface EditDecisionLinksProps {
  decision: Decision;
  caseNumber: string;
  meetingId: string;
  councilId: string;
}

/** "Change what it concerns" under a recorded decision (`meetings.setDecisionLinks`, at its version). */
export function EditDecisionLinks({ decision, caseNumber, meetingId, councilId }: EditDecisionLinksProps) {
  const { t } = useTranslation(["meetings", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.meetings.setDecisionLinks.mutationOptions());
  const [links, setLinks] = useState<DecisionLink[]>(decision.links.map(({ kind, id }) => ({ kind, id })));
  const [problem, setProblem] = useState<SaveFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const messages = useMeetingMessages([["links", t("links.legend")]], problem?.fields ?? {});
  const meetingKey = trpc.meetings.get.queryKey({ id: meetingId });
  const id = `links-${decision.id}`;

  async function send(version: number) {
    setProblem(null);
    setSaved(false);
    try {
      await save.mutateAsync({ id: decision.id, version, links });
      setSaved(true);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKey }),
        queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() }),
      ]);
    } catch (error) {
      setProblem(saveFailureOf(error));
    }
  }
  async function latestVersion(): Promise<number> {
    const meeting = await queryClient.fetchQuery(trpc.meetings.get.queryOptions({ id: meetingId }, { staleTime: 0 }));
    return meeting.agendaItems.flatMap((item) => item.decisions).find((candidate) => candidate.id === decision.id)?.version ?? decision.version;
  }

  return (
    <Details>
      <Details.Summary>{t("links.edit", { caseNumber })}</Details.Summary>
      <Details.Content>
        <form className="stack" noValidate onSubmit={(event) => { event.preventDefault(); void send(decision.version); }}>
          <div id={`${id}-links`}>
            <DecisionLinksPicker idPrefix={id} councilId={councilId} value={links} onChange={setLinks} known={decision.links} />
            {messages.links && <ValidationMessage>{messages.links}</ValidationMessage>}
          </div>
          {problem?.versionConflict && (
            <ConflictAlert message={t("edit.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")} takeFocus
              onReload={() => { setProblem(null); void queryClient.invalidateQueries({ queryKey: meetingKey }); }}
              onReapply={() => void latestVersion().then(send)} />
          )}
          {problem && !problem.versionConflict && !messages.links && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t(`common:errors.${problem.code}`)}</Paragraph>
            </Alert>
          )}
          <div>
            <Button type="submit" aria-disabled={save.isPending || undefined}>
              {save.isPending ? t("edit.saving") : t("links.save")}
            </Button>
          </div>
          <div role="status">{saved && <Paragraph data-size="sm">{t("links.saved")}</Paragraph>}</div>
        </form>
      </Details.Content>
    </Details>
  );
}
