import { Button, Checkbox, Heading, Paragraph } from "@digdir/designsystemet-react";
import { ROLES, UI_LANGUAGES, type Role, type UiLanguage } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { AdminField } from "./admin-field";
import { problemOf, useAdminMessages, type Problem } from "./problem";
import { ProblemAlert } from "./problem-alert";
import type { UserListItem } from "./types";

interface Values {
  role: Role;
  language: string;
  active: boolean;
}

const valuesOf = (user: UserListItem): Values => ({ role: user.role, language: user.language ?? "", active: user.active });

/** Role, language and whether the user may sign in, saved at the version read. */
export function UserEditForm({ user }: { user: UserListItem }) {
  const { t } = useTranslation(["admin", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(user));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation(trpc.users.update.mutationOptions({ onError: (error) => setProblem(problemOf(error)) }));
  const listKey = trpc.users.list.pathKey();
  const messages = useAdminMessages({ role: t("users.role"), language: t("users.language") }, problem?.fields ?? {});

  async function save(version: number) {
    setProblem(null);
    setSaved(false);
    const { role, language, active } = values;
    const result = await update.mutateAsync({ id: user.id, version, role, active, language: (language || null) as UiLanguage | null }).catch(() => undefined);
    if (!result) return;
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: listKey });
  }

  return (
    <form className="stack" noValidate aria-labelledby={`${id}-heading`} onSubmit={(event: FormEvent) => { event.preventDefault(); void save(user.version); }}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t("user.editHeading")}
      </Heading>
      {problem && (
        <ProblemAlert
          problem={problem}
          messages={messages}
          onReload={async () => {
            await queryClient.invalidateQueries({ queryKey: listKey });
            setProblem(null);
          }}
          onReapply={() => void save(problem.currentVersion ?? user.version)}
        />
      )}
      <AdminField
        id={`${id}-role`}
        label={t("users.role")}
        value={values.role}
        onChange={(role) => setValues((old) => ({ ...old, role: role as Role }))}
        error={messages.role}
        options={ROLES.map((role) => <option key={role} value={role}>{t(`role.${role}`)}</option>)}
      />
      <AdminField
        id={`${id}-language`}
        label={t("users.language")}
        value={values.language}
        onChange={(language) => setValues((old) => ({ ...old, language }))}
        options={
          <>
            <option value="">{t("users.languageDefault")}</option>
            {UI_LANGUAGES.map((language) => <option key={language} value={language}>{t(`common:language.${language}`)}</option>)}
          </>
        }
      />
      <Checkbox
        id={`${id}-active`}
        label={t("user.activeLabel")}
        checked={values.active}
        onChange={(event) => setValues((old) => ({ ...old, active: event.target.checked }))}
      />
      <div className="admin-buttons">
        <Button type="submit" loading={update.isPending}>
          {t("form.save")}
        </Button>
      </div>
      <Paragraph role="status">{saved ? t("user.saved") : ""}</Paragraph>
    </form>
  );
}
