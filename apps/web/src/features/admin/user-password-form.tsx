import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { blankProblems, ConflictAlert, ErrorSummary, FormField, useCreateForm } from "../../shared/forms";
import { ADMIN_PROBLEMS, useAdminMessages } from "./admin-messages";
import type { UserListItem } from "./types";

/** Set a user's password; the server ends their sessions and says how many. */
export function UserPasswordForm({ user }: { user: UserListItem }) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const form = useCreateForm({ password: "" }, { problemOptions: ADMIN_PROBLEMS });
  const [done, setDone] = useState<number | null>(null);
  const set = useMutation(trpc.users.setPassword.mutationOptions());
  const messages = useAdminMessages({ password: t("user.password") }, form.errors);

  // The password is the whole change, so "apply again" sends it at the version the server holds now.
  function send(version: number) {
    setDone(null);
    void form.submit(blankProblems(form.values, ["password"]), async ({ password }) => {
      const result = await set.mutateAsync({ id: user.id, version, password });
      setDone(result.endedSessions);
      await queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() });
    });
  }
  const conflict = form.failure?.versionConflict ? form.failure : null;

  return (
    <form className="stack" noValidate aria-labelledby={`${id}-heading`} onSubmit={(event: FormEvent) => { event.preventDefault(); send(user.version); }}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t("user.passwordHeading")}
      </Heading>
      <ErrorSummary idPrefix={id} messages={messages} problem={form.failure} attempt={form.attempt} />
      {conflict && (
        <ConflictAlert message={t("conflict.text")} reloadLabel={t("conflict.reload")} reapplyLabel={t("conflict.reapply")}
          onReload={() => void queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() }).then(form.dismiss)}
          onReapply={() => send(conflict.currentVersion ?? user.version)} />
      )}
      <FormField
        id={`${id}-password`}
        label={t("user.password")}
        description={t("user.passwordHint")}
        kind="password"
        autoComplete="new-password"
        value={form.values.password}
        onChange={form.set("password")}
        error={messages.password}
        required
      />
      <div className="admin-buttons">
        <Button type="submit" loading={form.pending}>
          {t("user.passwordSubmit")}
        </Button>
      </div>
      <Paragraph role="status">{done === null ? "" : t("user.passwordSet", { count: done })}</Paragraph>
    </form>
  );
}
