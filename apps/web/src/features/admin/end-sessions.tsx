import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorSummary, formProblemOf } from "../../shared/forms";
import { onEscape, useFocusOnOpen, useFocusReturn } from "../../shared/ui/focus";
import type { UserListItem } from "./types";

/** "End this user's sessions", after a confirmation, since it signs the user out everywhere. */
export function EndSessions({ user }: { user: UserListItem }) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  // The question takes the focus while it is asked; answering or Escape gives it back.
  const endButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(confirming, endButton);
  const question = useFocusOnOpen<HTMLDivElement>(confirming);
  const end = useMutation(trpc.users.endSessions.mutationOptions({ onSuccess: () => setConfirming(false) }));
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t("user.sessionsHeading")}
      </Heading>
      {end.isError && <ErrorSummary idPrefix={id} messages={{}} problem={formProblemOf(end.error)} />}
      {confirming ? (
        <Alert ref={question} tabIndex={-1} data-color="warning" role="alertdialog" aria-label={t("user.endSessions")} onKeyDown={onEscape(() => setConfirming(false))}>
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
          <Button ref={endButton} type="button" variant="secondary" onClick={() => { end.reset(); setConfirming(true); }}>
            {t("user.endSessions")}
          </Button>
        </div>
      )}
      <Paragraph role="status">{end.isSuccess ? t("user.sessionsEnded", { count: end.data.ended }) : ""}</Paragraph>
    </section>
  );
}
