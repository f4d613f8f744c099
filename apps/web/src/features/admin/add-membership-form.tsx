import { Button, Heading } from "@digdir/designsystemet-react";
import { CreateMembershipInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, ErrorSummary, FormField, useCreateForm } from "../../shared/forms";
import { ADMIN_PROBLEMS, useAdminMessages } from "./admin-messages";
import { OrganisationPicker } from "./organisation-picker";
import type { OrganisationDetail } from "./types";

const ORDER = ["municipalityId", "validFrom"] as const;

/** Record that a municipality joined the council from a date. */
export function AddMembershipForm({ council, onAdded }: { council: OrganisationDetail; onAdded: () => void }) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const add = useMutation(trpc.organisations.addMembership.mutationOptions());
  const form = useCreateForm({ municipalityId: "", validFrom: "" }, { problemOptions: ADMIN_PROBLEMS });
  const messages = useAdminMessages({ municipalityId: t("memberships.municipality"), validFrom: t("memberships.from") }, form.errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { councilId: council.id, ...form.values };
    void form.submit(checkBeforeSending(CreateMembershipInputSchema, input, form.values, ORDER), async () => {
      await add.mutateAsync(input);
      onAdded();
      await queryClient.invalidateQueries({ queryKey: trpc.organisations.listMemberships.pathKey() });
    });
  }
  return (
    <form className="stack admin-panel" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t("memberships.add")}
      </Heading>
      <ErrorSummary idPrefix={id} order={ORDER} messages={messages} problem={form.failure} attempt={form.attempt} />
      <OrganisationPicker
        id={`${id}-municipalityId`}
        label={t("memberships.municipality")}
        value={form.values.municipalityId}
        onChange={form.set("municipalityId")}
        kind="municipality"
        country={council.country}
        error={messages.municipalityId}
      />
      <FormField id={`${id}-validFrom`} label={t("memberships.from")} kind="date" value={form.values.validFrom} onChange={form.set("validFrom")}
        error={messages.validFrom} required />
      <div>
        <Button type="submit" loading={form.pending}>
          {t("memberships.addSubmit")}
        </Button>
      </div>
    </form>
  );
}
