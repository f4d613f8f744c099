import { Button } from "@digdir/designsystemet-react";
import { UpdateMembershipInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, ConflictAlert, ErrorSummary, FormField, useCreateForm } from "../../shared/forms";
import { useFocusOnOpen, useFocusReturn } from "../../shared/ui/focus";
import { ADMIN_PROBLEMS, useAdminMessages } from "./admin-messages";
import type { MembershipItem } from "./types";

const today = () => new Date().toISOString().slice(0, 10);

/** "End membership": asks for the last day, then records it at the version read. */
export function EndMembership({ membership, onEnded }: { membership: MembershipItem; onEnded: () => void }) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(open, endButton);
  const panel = useFocusOnOpen<HTMLFormElement>(open);
  const form = useCreateForm({ validTo: today() }, { problemOptions: ADMIN_PROBLEMS });
  const end = useMutation(trpc.organisations.endMembership.mutationOptions());
  const listKey = trpc.organisations.listMemberships.pathKey();
  const label = t("memberships.endLabel", { name: membership.municipality.name });
  const messages = useAdminMessages({ validTo: label, validFrom: t("memberships.from") }, form.errors);

  // The one field is the whole change, so "apply again" sends it at the version the server holds now.
  function send(version: number) {
    const input = { id: membership.id, version, validTo: form.values.validTo };
    void form.submit(checkBeforeSending(UpdateMembershipInputSchema, input, form.values, ["validTo"]), async () => {
      await end.mutateAsync(input);
      setOpen(false);
      onEnded();
      await queryClient.invalidateQueries({ queryKey: listKey });
    });
  }

  if (!open) {
    return (
      <Button ref={endButton} type="button" variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t("memberships.end")}
      </Button>
    );
  }
  const conflict = form.failure?.versionConflict ? form.failure : null;
  return (
    <form ref={panel} className="stack" noValidate onSubmit={(event: FormEvent) => { event.preventDefault(); send(membership.version); }}>
      <ErrorSummary idPrefix={id} order={["validTo", "validFrom"]} messages={messages} problem={form.failure} attempt={form.attempt} />
      {conflict && (
        <ConflictAlert message={t("conflict.text")} reloadLabel={t("conflict.reload")} reapplyLabel={t("conflict.reapply")}
          onReload={() => void queryClient.invalidateQueries({ queryKey: listKey }).then(() => setOpen(false))}
          onReapply={() => send(conflict.currentVersion ?? membership.version)} />
      )}
      <FormField id={`${id}-validTo`} label={label} kind="date" value={form.values.validTo} onChange={form.set("validTo")} error={messages.validTo} required />
      <div className="admin-buttons">
        <Button type="submit" data-size="sm" loading={form.pending}>
          {t("memberships.confirmEnd")}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
