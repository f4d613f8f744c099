import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { onEscape, useFocusOnOpen } from "../../shared/ui/focus";
import { ConflictAlert, formProblemOf, type FormProblem } from "../../shared/forms";
import type { AgendaItem } from "./types";

interface RemoveAgendaItemProps {
  item: AgendaItem;
  onDone: () => void;
}

/**
 * "Remove this case and its decisions?" asked in place: it takes the focus, Escape or "cancel"
 * gives it back. The server keeps a case whose decision adopted a programme, and says so.
 */
export function RemoveAgendaItem({ item, onDone }: RemoveAgendaItemProps) {
  const { t } = useTranslation(["meetings", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.meetings.removeAgendaItem.mutationOptions());
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const question = useFocusOnOpen<HTMLDivElement>();
  const name = { caseNumber: item.caseNumber, title: item.title };
  const meetingKey = trpc.meetings.get.queryKey({ id: item.meetingId });

  async function send(version: number) {
    setProblem(null);
    try {
      await remove.mutateAsync({ id: item.id, version });
    } catch (error) {
      setProblem(formProblemOf(error));
      return;
    }
    onDone();
    await queryClient.invalidateQueries({ queryKey: meetingKey });
  }

  async function latestVersion(): Promise<number | undefined> {
    const meeting = await queryClient.fetchQuery(trpc.meetings.get.queryOptions({ id: item.meetingId }, { staleTime: 0 }));
    return meeting.agendaItems.find((candidate) => candidate.id === item.id)?.version;
  }

  return (
    <Alert ref={question} tabIndex={-1} data-color="warning" role="alertdialog" aria-label={t("edit.removeItem", name)} onKeyDown={onEscape(onDone)}>
      <div className="stack">
        <Paragraph>{t("edit.confirmRemoveItem", name)}</Paragraph>
        {problem?.versionConflict && (
          <ConflictAlert
            message={t("edit.itemConflict")}
            reloadLabel={t("edit.reload")}
            reapplyLabel={t("edit.reapply")}
            takeFocus
            onReload={() => void queryClient.invalidateQueries({ queryKey: meetingKey }).then(onDone)}
            onReapply={async () => {
              const version = await latestVersion();
              if (version === undefined) return onDone();
              await send(version);
            }}
          />
        )}
        {problem && !problem.versionConflict && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{problem.reason === "agenda_item_adopted_programme" ? t("edit.itemAdoptedProgramme") : t(`common:errors.${problem.code}`)}</Paragraph>
          </Alert>
        )}
        <div className="field-inline">
          <Button type="button" data-color="danger" aria-disabled={remove.isPending || undefined} onClick={() => !remove.isPending && void send(item.version)}>
            {t("edit.confirmRemove")}
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            {t("edit.cancel")}
          </Button>
        </div>
      </div>
    </Alert>
  );
}
