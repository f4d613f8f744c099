import { Button, Checkbox, Fieldset, Heading, Radio, ValidationMessage } from "@digdir/designsystemet-react";
import { SSO_CREATED_ROLES } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorSummary, FormField, useCreateForm } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { ADMIN_PROBLEMS, useAdminMessages } from "./admin-messages";
import { OrganisationPicker } from "./organisation-picker";
import { SsoOrganisations } from "./sso-organisations";
import { blankProviderValues, createInput, providerInput, providerValues, type ProviderItem } from "./sso-provider-values";

interface ProviderFormProps {
  /** The provider to change; a new one when absent. */
  provider?: ProviderItem;
  onDone: (name: string) => void;
  onCancel: () => void;
}

/** A provider's registration: where it is, who it signs in, and what becomes of people it does not know. */
export function SsoProviderForm({ provider, onDone, onCancel }: ProviderFormProps) {
  const { t } = useTranslation(["sso", "admin", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const form = useCreateForm(provider ? providerValues(provider) : blankProviderValues(), { problemOptions: ADMIN_PROBLEMS });
  const [organisationIds, setOrganisationIds] = useState<string[]>(provider?.organisationIds ?? []);
  const create = useMutation(trpc.identityProviders.create.mutationOptions());
  const update = useMutation(trpc.identityProviders.update.mutationOptions());
  const values = form.values;

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit({}, async () => {
      const saved = provider
        ? await update.mutateAsync({ id: provider.id, version: provider.version, ...providerInput(values, organisationIds) })
        : await create.mutateAsync(createInput(values, organisationIds));
      await queryClient.invalidateQueries({ queryKey: trpc.identityProviders.list.pathKey() });
      onDone(saved.name);
    });
  }

  const labels = {
    name: t("provider.name"), issuer: t("provider.issuer"), clientId: t("provider.clientId"), clientSecret: t("provider.clientSecret"),
    scopes: t("provider.scopes"), acrValues: t("provider.acrValues"), emailClaim: t("provider.emailClaim"), nameClaim: t("provider.nameClaim"),
    emailDomains: t("provider.emailDomains"), organisationIds: t("provider.organisations"), newUserRole: t("provider.newUserRole"),
    newUserOrganisationId: t("provider.newUserOrganisation"),
  };
  const fields = useAdminMessages(labels, form.errors);
  const text = (field: keyof typeof labels, extra: { kind?: "text"; description?: string; required?: boolean } = {}) => (
    <FormField id={`${id}-${field}`} label={labels[field]} value={values[field] ?? ""} onChange={form.set(field)} error={fields[field]} autoComplete="off" {...extra} />
  );
  const secretKinds = provider ? (["keep", "stored", "environment", "none"] as const) : (["stored", "environment", "none"] as const);
  const savedSecret = provider ? t(`provider.secretState.${provider.clientSecret.kind}`, provider.clientSecret.kind === "environment" ? { name: provider.clientSecret.name } : {}) : undefined;

  return (
    <form ref={panel} className="stack admin-panel" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {provider ? t("provider.editHeading", { name: provider.name }) : t("provider.createHeading")}
      </Heading>
      <ErrorSummary idPrefix={id} order={Object.keys(labels)} messages={fields} problem={form.failure} attempt={form.attempt} />
      {text("name", { required: true, description: t("provider.nameHelp") })}
      {text("issuer", { required: true, description: t("provider.issuerHelp") })}
      {text("clientId", { required: true })}
      <Fieldset id={`${id}-clientSecret`} aria-describedby={fields.clientSecret ? `${id}-clientSecret-error` : undefined}>
        <Fieldset.Legend>{labels.clientSecret}</Fieldset.Legend>
        {savedSecret && <Fieldset.Description>{savedSecret}</Fieldset.Description>}
        {secretKinds.map((kind) => (
          <Radio key={kind} name={`${id}-secretKind`} value={kind} label={t(`provider.secretKind.${kind}`)} checked={values.secretKind === kind} onChange={() => form.set("secretKind")(kind)} />
        ))}
        {values.secretKind === "stored" && (
          <FormField id={`${id}-secretValue`} label={t("provider.secretValue")} kind="password" autoComplete="new-password" value={values.secretValue} onChange={form.set("secretValue")} />
        )}
        {values.secretKind === "environment" && (
          <FormField id={`${id}-secretEnv`} label={t("provider.secretEnv")} description={t("provider.secretEnvHelp")} value={values.secretEnv} onChange={form.set("secretEnv")} autoComplete="off" />
        )}
        {fields.clientSecret && <ValidationMessage id={`${id}-clientSecret-error`}>{fields.clientSecret}</ValidationMessage>}
      </Fieldset>
      {text("scopes", { required: true, description: t("provider.scopesHelp") })}
      {text("acrValues", { description: t("provider.acrValuesHelp") })}
      {text("emailClaim", { required: true })}
      {text("nameClaim", { required: true })}
      {text("emailDomains", { description: t("provider.emailDomainsHelp") })}
      <Checkbox id={`${id}-listed`} label={t("provider.listed")} checked={values.listed === "true"} onChange={(event) => form.set("listed")(String(event.target.checked))} />
      <SsoOrganisations id={`${id}-organisationIds`} label={labels.organisationIds} value={organisationIds} onChange={setOrganisationIds} error={fields.organisationIds} />
      <Checkbox id={`${id}-createUsers`} label={t("provider.createUsers")} checked={values.createUsers === "true"} onChange={(event) => form.set("createUsers")(String(event.target.checked))} />
      {values.createUsers === "true" && (
        <>
          <FormField id={`${id}-newUserRole`} label={labels.newUserRole} kind="select" value={values.newUserRole} onChange={form.set("newUserRole")} error={fields.newUserRole}>
            <option value="">{t("provider.chooseRole")}</option>
            {SSO_CREATED_ROLES.map((role) => <option key={role} value={role}>{t(`admin:role.${role}`)}</option>)}
          </FormField>
          <OrganisationPicker id={`${id}-newUserOrganisationId`} label={labels.newUserOrganisationId} value={values.newUserOrganisationId} onChange={form.set("newUserOrganisationId")} error={fields.newUserOrganisationId} />
        </>
      )}
      <div className="admin-buttons">
        <Button type="submit" loading={form.pending}>
          {t("admin:form.save")}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t("admin:form.cancel")}
        </Button>
      </div>
    </form>
  );
}
