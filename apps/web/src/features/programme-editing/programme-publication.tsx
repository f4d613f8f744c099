import { Alert, Button, Dialog, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { errorCodeOf } from "../../shared/errors/error-code";
import { knownRefusalText, Refusal } from "../../shared/errors/refusal";
import type { ProgrammeDetail } from "../programmes/types";

type Programme = Pick<ProgrammeDetail, "id" | "title" | "version" | "published" | "owner" | "viewer">;

/**
 * Whether the public can read this version, and — for the secretariat the server allows — a
 * publish / take-off button with a confirmation saying what the public will see. A draft is
 * never public: the server says so, and the reason is shown instead of the button.
 */
export function ProgrammePublication({ programme }: { programme: Programme }) {
  const { t } = useTranslation(["programme-editing", "common"]);
  const { t: forms } = useTranslation("forms");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { published, viewer } = programme;
  const setPublished = useMutation(
    trpc.programmes.setPublished.mutationOptions({
      onSuccess: async (after) => {
        setOpen(false);
        setDone(t(after.published ? "publish.published_done" : "publish.unpublished_done", { title: programme.title }));
        await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      },
    }),
  );
  const failure = setPublished.error;
  const reason = (failure as { data?: { reason?: unknown } } | null)?.data?.reason;

  return (
    <div className="stack">
      <div>
        <Tag data-size="sm" data-color={published ? "success" : "neutral"}>
          {published ? t("publish.published") : t("publish.notPublished")}
        </Tag>{" "}
        <span className="meta">{published ? t("publish.publishedText") : t("publish.notPublishedText")}</span>
      </div>
      <div role="status">
        {done && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">{done}</Paragraph>
          </Alert>
        )}
      </div>
      {/* Only editors hear why a draft cannot be published; others already read that it is not public. */}
      {viewer.editFollowUp.allowed && <Refusal permit={viewer.publish} subject="programme" />}
      {viewer.publish.allowed && (
        <div>
          <Button type="button" data-size="sm" variant={published ? "secondary" : "primary"} onClick={() => { setPublished.reset(); setDone(null); setOpen(true); }}>
            {published ? t("publish.unpublish") : t("publish.publish")}
          </Button>
        </div>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t("publish.close")} aria-labelledby={headingId}>
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {t(published ? "publish.unpublishHeading" : "publish.publishHeading", { title: programme.title })}
          </Heading>
        </Dialog.Block>
        <Dialog.Block className="stack">
          <Paragraph>{published ? t("publish.unpublishText") : t("publish.publishText", { owner: programme.owner.name })}</Paragraph>
          {failure && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t(`common:errors.${errorCodeOf(failure)}`)}</Paragraph>
              {typeof reason === "string" && knownRefusalText(forms, "programme", reason) && <Paragraph>{knownRefusalText(forms, "programme", reason)}</Paragraph>}
            </Alert>
          )}
          <div className="programme-editing-buttons">
            <Button type="button" aria-disabled={setPublished.isPending || undefined}
              onClick={() => !setPublished.isPending && setPublished.mutate({ id: programme.id, version: programme.version, published: !published })}>
              {published ? t("publish.unpublishConfirm") : t("publish.publishConfirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {t("publish.cancel")}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </div>
  );
}
