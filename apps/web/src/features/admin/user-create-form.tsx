import { Button, Heading } from "@digdir/designsystemet-react";
import { CreateUserInputSchema, ROLES, UI_LANGUAGES, type Role, type UiLanguage } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, ErrorSummary, FormField, useCreateForm } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { ADMIN_PROBLEMS, useAdminMessages } from "./admin-messages";
import { OrganisationPicker } from "./organisation-picker";

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
  const form = useCreateForm({ name: "", email: "", organisationId: "", role: "municipality_contributor", language: "" }, { problemOptions: ADMIN_PROBLEMS });
  const create = useMutation(trpc.users.create.mutationOptions());
  const { name, email, organisationId, role, language } = form.values;

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, email, organisationId, role: role as Role, language: (language || null) as UiLanguage | null };
    void form.submit(checkBeforeSending(CreateUserInputSchema, input, form.values, ["name", "email", "organisationId"]), async () => {
      const user = await create.mutateAsync(input);
      onCreated(user);
      await queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() });
    });
  }
  const labels = { name: t("users.name"), email: t("users.email"), organisationId: t("users.organisation"), role: t("users.role"), language: t("users.language") };
  const fields = useAdminMessages(labels, form.errors);
  return (
    <form ref={panel} className="stack admin-panel" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t("users.createHeading")}
      </Heading>
      <ErrorSummary idPrefix={id} order={Object.keys(labels)} messages={fields} problem={form.failure} attempt={form.attempt} />
      <FormField id={`${id}-name`} label={t("users.name")} value={name} onChange={form.set("name")} error={fields.name} required autoComplete="off" />
      <FormField id={`${id}-email`} label={t("users.email")} kind="email" value={email} onChange={form.set("email")} error={fields.email} required autoComplete="off" />
      <OrganisationPicker id={`${id}-organisationId`} label={t("users.organisation")} value={organisationId} onChange={form.set("organisationId")} error={fields.organisationId} />
      <FormField
        id={`${id}-role`}
        label={t("users.role")}
        value={role}
        onChange={form.set("role")}
        error={fields.role}
        kind="select"
      >
        {ROLES.map((value) => <option key={value} value={value}>{t(`role.${value}`)}</option>)}
      </FormField>
      <FormField
        id={`${id}-language`}
        label={t("users.language")}
        value={language}
        onChange={form.set("language")}
        error={fields.language}
        kind="select"
      >
        <option value="">{t("users.languageDefault")}</option>
        {UI_LANGUAGES.map((value) => <option key={value} value={value}>{t(`common:language.${value}`)}</option>)}
      </FormField>
      <div className="admin-buttons">
        <Button type="submit" loading={form.pending}>
          {t("form.save")}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
