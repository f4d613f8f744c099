import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorSummary, FormField, formProblemOf, useCreateForm } from "../../shared/forms";
import { ADMIN_PROBLEMS, useAdminMessages } from "./admin-messages";
import type { UserListItem } from "./types";

/**
 * The identities a user signs in with through providers. The admin links an existing user to a
 * provider's subject (the `sub` the provider gives this person), or unlinks one.
 */
export function SsoUserIdentities({ user }: { user: UserListItem }) {
  const { t } = useTranslation(["sso", "admin", "common"]);
  const [unlinkProblem, setUnlinkProblem] = useState<string | null>(null);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const identities = useQuery(trpc.identityProviders.listIdentities.queryOptions({ userId: user.id }));
  const providers = useQuery(trpc.identityProviders.list.queryOptions());
  const link = useMutation(trpc.identityProviders.linkIdentity.mutationOptions());
  const unlink = useMutation(trpc.identityProviders.unlinkIdentity.mutationOptions());
  const form = useCreateForm({ providerId: "", subject: "" }, { problemOptions: ADMIN_PROBLEMS });
  const labels = { providerId: t("identities.provider"), subject: t("identities.subject") };
  const messages = useAdminMessages(labels, form.errors);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.identityProviders.listIdentities.queryKey({ userId: user.id }) });

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit({}, async (values) => {
      await link.mutateAsync({ userId: user.id, providerId: values.providerId, subject: values.subject });
      await refresh();
    });
  }
  async function remove(identity: { id: string; version: number }) {
    setUnlinkProblem(null);
    try {
      await unlink.mutateAsync(identity);
    } catch (error) {
      setUnlinkProblem(t(`common:errors.${formProblemOf(error).code}`));
    }
    await refresh();
  }
  if (!providers.data || providers.data.length === 0) return null;
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t("identities.heading")}
      </Heading>
      {identities.data?.length === 0 && <Paragraph>{t("identities.none")}</Paragraph>}
      <ul className="stack">
        {identities.data?.map((identity) => (
          <li key={identity.id} className="admin-buttons">
            <span>{t("identities.item", { provider: identity.providerName ?? identity.issuer, subject: identity.subject })}</span>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => void remove(identity)}>
              {t("identities.unlink")}
            </Button>
          </li>
        ))}
      </ul>
      {unlinkProblem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{unlinkProblem}</Paragraph>
        </Alert>
      )}
      <form className="stack" noValidate onSubmit={submit}>
        <ErrorSummary idPrefix={id} order={Object.keys(labels)} messages={messages} problem={form.failure} attempt={form.attempt} />
        <FormField id={`${id}-providerId`} label={labels.providerId} kind="select" value={form.values.providerId} onChange={form.set("providerId")} error={messages.providerId}>
          <option value="">{t("identities.chooseProvider")}</option>
          {providers.data.map((provider) => <option key={provider.id} value={provider.id}>{provider.name}</option>)}
        </FormField>
        <FormField id={`${id}-subject`} label={labels.subject} description={t("identities.subjectHelp")} value={form.values.subject} onChange={form.set("subject")} error={messages.subject} autoComplete="off" />
        <div>
          <Button type="submit" variant="secondary" data-size="sm" loading={form.pending}>
            {t("identities.link")}
          </Button>
        </div>
      </form>
    </section>
  );
}
