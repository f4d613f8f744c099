import { Alert, Button, Dialog, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { errorCodeOf } from "../../shared/errors/error-code";
import { formProblemOf } from "../../shared/forms";
import { AppLink } from "../../shared/router/app-link";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";

/** The server's reason and, for an existing revision, its id. */
function conflictOf(error: unknown): { reason?: string; revisionId?: string } {
  const { reason, params } = formProblemOf(error);
  return {
    reason: reason ?? undefined,
    revisionId: typeof params.revisionId === "string" ? params.revisionId : undefined,
  };
}

/**
 * "Start revision" with a confirming dialog: the new draft is created from the version the
 * reader sees (its row version goes along), then the reader is taken to it.
 */
export function StartRevision({ programmeId, version }: { programmeId: string; version: number }) {
  const { t } = useTranslation(["revision", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const start = useMutation(
    trpc.programmes.startRevision.mutationOptions({
      onSuccess: async (revision) => {
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
        navigate(hrefFor({ name: "programme", id: revision.id }));
      },
    }),
  );
  const conflict = start.isError && errorCodeOf(start.error) === "CONFLICT" ? conflictOf(start.error) : null;

  return (
    <>
      <Button type="button" data-size="sm" onClick={() => { start.reset(); setOpen(true); }}>
        {t("actions.start")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t("start.close")} aria-labelledby="start-revision-heading">
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="start-revision-heading">
            {t("start.heading")}
          </Heading>
        </Dialog.Block>
        <Dialog.Block className="stack">
          <Paragraph>{t("start.text")}</Paragraph>
          {start.isError && (
            <Alert data-color={conflict ? "warning" : "danger"} role="alert">
              {conflict?.revisionId ? (
                <Paragraph>
                  {t("start.exists")} <AppLink href={hrefFor({ name: "programme", id: conflict.revisionId })}>{t("start.openExisting")}</AppLink>
                </Paragraph>
              ) : conflict ? (
                <Paragraph>
                  {t("start.stale")}{" "}
                  <Button type="button" variant="tertiary" data-size="sm" onClick={() => window.location.reload()}>
                    {t("start.reload")}
                  </Button>
                </Paragraph>
              ) : (
                <Paragraph>{t(`common:errors.${errorCodeOf(start.error)}`)}</Paragraph>
              )}
            </Alert>
          )}
          <div className="revision-actions">
            <Button type="button" aria-disabled={start.isPending || undefined} onClick={() => !start.isPending && start.mutate({ id: programmeId, version })}>
              {start.isPending ? t("start.starting") : t("start.confirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {t("start.cancel")}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
