import { Button, Heading } from "@digdir/designsystemet-react";
import { CreateUserInputSchema, ROLES, UI_LANGUAGES, type Role, type UiLanguage } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { AdminField } from "./admin-field";
import { OrganisationPicker } from "./organisation-picker";
import { inputProblem, problemOf, useAdminMessages, type Problem } from "./problem";
import { ProblemAlert } from "./problem-alert";

interface UserCreateFormProps {
  onCreated: (user: { id: string; name: string }) => void;
  onCancel: () => void;
}

/** A new user in an organisation with a role; the password is set afterwards. */
export function UserCreateForm({ onCreated, onCancel }: UserCreateFormProps) {
  const { t } = useTranslation(["admin", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [role, setRole] = useState<Role>("municipality_contributor");
  const [language, setLanguage] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onError: (error) => setProblem(problemOf(error)),
      onSuccess: async (user) => {
        onCreated(user);
        await queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() });
      },
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, email, organisationId, role, language: (language || null) as UiLanguage | null };
    const found = inputProblem(checkBeforeSending(CreateUserInputSchema, input, { name, email, organisationId }, ["name", "email", "organisationId"]));
    setProblem(found);
    if (!found) create.mutate(input);
  }
  const labels = { name: t("users.name"), email: t("users.email"), organisationId: t("users.organisation"), role: t("users.role"), language: t("users.language") };
  const fields = useAdminMessages(labels, problem?.fields ?? {});
  return (
    <form ref={panel} className="stack admin-panel" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t("users.createHeading")}
      </Heading>
      {problem && <ProblemAlert problem={problem} messages={fields} />}
      <AdminField id={`${id}-name`} label={t("users.name")} value={name} onChange={setName} error={fields.name} required autoComplete="off" />
      <AdminField id={`${id}-email`} label={t("users.email")} type="email" value={email} onChange={setEmail} error={fields.email} required autoComplete="off" />
      <OrganisationPicker id={`${id}-organisation`} label={t("users.organisation")} value={organisationId} onChange={setOrganisationId} error={fields.organisationId} />
      <AdminField
        id={`${id}-role`}
        label={t("users.role")}
        value={role}
        onChange={(value) => setRole(value as Role)}
        error={fields.role}
        options={ROLES.map((value) => <option key={value} value={value}>{t(`role.${value}`)}</option>)}
      />
      <AdminField
        id={`${id}-language`}
        label={t("users.language")}
        value={language}
        onChange={setLanguage}
        error={fields.language}
        options={
          <>
            <option value="">{t("users.languageDefault")}</option>
            {UI_LANGUAGES.map((value) => <option key={value} value={value}>{t(`common:language.${value}`)}</option>)}
          </>
        }
      />
      <div className="admin-buttons">
        <Button type="submit" loading={create.isPending}>
          {t("form.save")}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
