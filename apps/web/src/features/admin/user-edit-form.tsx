import { Button, Checkbox, Heading, Paragraph } from "@digdir/designsystemet-react";
import { ROLES, UI_LANGUAGES, type Role, type UiLanguage } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert, ErrorSummary, FormField, useVersionedForm } from "../../shared/forms";
import { ADMIN_PROBLEMS, useAdminMessages } from "./admin-messages";
import type { UpdateUserInput, UserListItem } from "./types";

interface Values {
  role: Role;
  language: string;
  active: boolean;
}

const valuesOf = (user: UserListItem): Values => ({ role: user.role, language: user.language ?? "", active: user.active });

/** The changed fields as users.update takes them: no language is the organisation's. */
function patchOf(changed: Partial<Values>): Omit<UpdateUserInput, "id" | "version"> {
  const { language, ...rest } = changed;
  return language === undefined ? rest : { ...rest, language: (language || null) as UiLanguage | null };
}

/** Role, language and whether the user may sign in, saved at the version read. */
export function UserEditForm({ user }: { user: UserListItem }) {
  const { t } = useTranslation(["admin", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const update = useMutation(trpc.users.update.mutationOptions());
  const listKey = trpc.users.list.pathKey();
  const form = useVersionedForm({
    initial: valuesOf(user),
    version: user.version,
    problemOptions: ADMIN_PROBLEMS,
    send: (changed, version) => {
      setSaved(false);
      return update.mutateAsync({ id: user.id, version, ...patchOf(changed) });
    },
    // The user as the lists on screen hold it after asking the server again.
    latest: async () => {
      await queryClient.refetchQueries({ queryKey: listKey });
      const latest = queryClient.getQueriesData<{ items: UserListItem[] }>({ queryKey: listKey })
        .flatMap(([, page]) => page?.items ?? [])
        .find((candidate) => candidate.id === user.id);
      return latest ? { values: valuesOf(latest), version: latest.version } : null;
    },
    onSaved: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
  const messages = useAdminMessages({ role: t("users.role"), language: t("users.language") }, form.errors);

  return (
    <form className="stack" noValidate aria-labelledby={`${id}-heading`} onSubmit={(event) => void form.submit(event)}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t("user.editHeading")}
      </Heading>
      <ErrorSummary idPrefix={id} order={["role", "language"]} messages={messages} problem={form.problem} attempt={form.attempt} />
      {form.conflict && (
        <ConflictAlert message={t("conflict.text")} reloadLabel={t("conflict.reload")} reapplyLabel={t("conflict.reapply")}
          onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
      )}
      <FormField id={`${id}-role`} label={t("users.role")} kind="select" value={form.values.role}
        onChange={(role) => form.set("role")(role as Role)} error={messages.role}>
        {ROLES.map((role) => <option key={role} value={role}>{t(`role.${role}`)}</option>)}
      </FormField>
      <FormField id={`${id}-language`} label={t("users.language")} kind="select" value={form.values.language}
        onChange={form.set("language")} error={messages.language}>
        <option value="">{t("users.languageDefault")}</option>
        {UI_LANGUAGES.map((language) => <option key={language} value={language}>{t(`common:language.${language}`)}</option>)}
      </FormField>
      <Checkbox
        id={`${id}-active`}
        label={t("user.activeLabel")}
        checked={form.values.active}
        onChange={(event) => form.set("active")(event.target.checked)}
      />
      <div className="admin-buttons">
        <Button type="submit" loading={form.pending}>
          {t("form.save")}
        </Button>
      </div>
      <Paragraph role="status">{saved ? t("user.saved") : ""}</Paragraph>
    </form>
  );
}
