import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert, formProblemOf, type FormProblem } from "../../shared/forms";
import type { MeetingDetail } from "./types";

/**
 * Publishes the meeting with its decisions, or takes them back, at the version on screen. If
 * someone else changed the meeting first, offer to reload or to apply the change again.
 */
export function PublishControl({ meeting }: { meeting: Pick<MeetingDetail, "id" | "version" | "published"> }) {
  const { t } = useTranslation(["meetings", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setPublished = useMutation(trpc.meetings.setPublished.mutationOptions());
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [wanted, setWanted] = useState(!meeting.published);
  const meetingKey = trpc.meetings.get.queryKey({ id: meeting.id });

  async function send(published: boolean, version: number) {
    setWanted(published);
    setProblem(null);
    try {
      await setPublished.mutateAsync({ id: meeting.id, version, published });
    } catch (error) {
      setProblem(formProblemOf(error));
    }
    await queryClient.invalidateQueries({ queryKey: meetingKey });
  }

  async function reapply() {
    const fresh = await queryClient.fetchQuery(trpc.meetings.get.queryOptions({ id: meeting.id }, { staleTime: 0 }));
    await send(wanted, fresh.version);
  }

  return (
    <div className="stack">
      <Paragraph data-size="sm">{t("edit.publishHelp")}</Paragraph>
      <div>
        <Button type="button" variant={meeting.published ? "secondary" : "primary"} aria-disabled={setPublished.isPending || undefined}
          onClick={() => void send(!meeting.published, meeting.version)}>
          {meeting.published ? t("edit.unpublish") : t("edit.publish")}
        </Button>
      </div>
      {problem?.versionConflict && (
        <ConflictAlert
          message={t("edit.conflict")}
          reloadLabel={t("edit.reload")}
          reapplyLabel={t("edit.reapply")}
          takeFocus
          onReload={() => { setProblem(null); void queryClient.invalidateQueries({ queryKey: meetingKey }); }}
          onReapply={() => void reapply()}
        />
      )}
      {problem && !problem.versionConflict && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`common:errors.${problem.code}`)}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
