import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { problemOf } from "./problem";
import { ProblemAlert } from "./problem-alert";
import type { UserListItem } from "./types";

/** "End this user's sessions", after a confirmation, since it signs the user out everywhere. */
export function EndSessions({ user }: { user: UserListItem }) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const end = useMutation(trpc.users.endSessions.mutationOptions({ onSuccess: () => setConfirming(false) }));
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t("user.sessionsHeading")}
      </Heading>
      {end.isError && <ProblemAlert problem={problemOf(end.error)} />}
      {confirming ? (
        <Alert data-color="warning">
          <Paragraph>{t("user.confirmEndSessions", { name: user.name })}</Paragraph>
          <div className="admin-buttons">
            <Button type="button" data-color="danger" loading={end.isPending} onClick={() => end.mutate({ userId: user.id })}>
              {t("user.confirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("user.cancel")}
            </Button>
          </div>
        </Alert>
      ) : (
        <div>
          <Button type="button" variant="secondary" onClick={() => { end.reset(); setConfirming(true); }}>
            {t("user.endSessions")}
          </Button>
        </div>
      )}
      <Paragraph role="status">{end.isSuccess ? t("user.sessionsEnded", { count: end.data.ended }) : ""}</Paragraph>
    </section>
  );
}
