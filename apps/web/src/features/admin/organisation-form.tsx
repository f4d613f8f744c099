import { Button, Heading } from "@digdir/designsystemet-react";
import {
  COUNTRIES, CreateOrganisationInputSchema, LANGUAGE_FORMS_BY_COUNTRY, ORGANISATION_KINDS, UpdateOrganisationInputSchema, type Country, type OrganisationKind,
} from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import {
  checkBeforeSending, ConflictAlert, ErrorSummary, FormField, schemaProblems, useCreateForm, useVersionedForm, type FieldProblems, type FormProblem,
} from "../../shared/forms";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { ADMIN_PROBLEMS, useAdminMessages } from "./admin-messages";
import { EMPTY_ORGANISATION, changedPatch, createInput, fitLanguage, updatePatch, valuesOf, type OrganisationValues } from "./organisation-values";
import type { OrganisationDetail } from "./types";

interface OrganisationFormProps {
  /** The organisation to edit; without it the form creates one. */
  detail?: OrganisationDetail;
  onDone: () => void;
}

/** Create or edit an organisation; the server checks the code and the dates, and says at which field. */
export function OrganisationForm({ detail, onDone }: OrganisationFormProps) {
  return detail ? <EditOrganisation detail={detail} onDone={onDone} /> : <CreateOrganisation onDone={onDone} />;
}

function CreateOrganisation({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.organisations.create.mutationOptions());
  const form = useCreateForm<OrganisationValues>(EMPTY_ORGANISATION, { problemOptions: ADMIN_PROBLEMS });

  function submit() {
    const input = createInput(form.values);
    void form.submit(checkBeforeSending(CreateOrganisationInputSchema, input, form.values, ["name"]), async () => {
      const created = await create.mutateAsync(input);
      navigate(hrefFor({ name: "adminOrganisation", id: created.id }));
    });
  }
  return (
    <OrganisationFields values={form.values} onChange={(patch) => form.setValues((old) => ({ ...old, ...patch }))} errors={form.errors}
      problem={form.failure} attempt={form.attempt} pending={form.pending} onSubmit={submit} onDone={onDone} />
  );
}

/** Only the fields the admin changed are sent, so "apply again" after a conflict keeps another admin's change. */
function EditOrganisation({ detail, onDone }: { detail: OrganisationDetail; onDone: () => void }) {
  const { t } = useTranslation("admin");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.organisations.update.mutationOptions());
  const form = useVersionedForm({
    initial: valuesOf(detail),
    version: detail.version,
    required: ["name"],
    problemOptions: ADMIN_PROBLEMS,
    check: (values) => schemaProblems(UpdateOrganisationInputSchema, { id: detail.id, version: detail.version, ...updatePatch(values) }),
    send: (changed, version) => update.mutateAsync({ id: detail.id, version, ...changedPatch(changed) }),
    latest: async () => {
      const latest = await queryClient.fetchQuery(trpc.organisations.get.queryOptions({ id: detail.id }, { staleTime: 0 }));
      return { values: valuesOf(latest), version: latest.version };
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.organisations.pathKey() });
      onDone();
    },
  });
  return (
    <OrganisationFields editing values={form.values} onChange={form.patch} errors={form.errors} problem={form.problem} attempt={form.attempt}
      pending={form.pending} onSubmit={() => void form.submit()} onDone={onDone}>
      {form.conflict && (
        <ConflictAlert message={t("conflict.text")} reloadLabel={t("conflict.reload")} reapplyLabel={t("conflict.reapply")}
          onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
      )}
    </OrganisationFields>
  );
}

interface OrganisationFieldsProps {
  /** Kind and country are chosen when creating and never change. */
  editing?: boolean;
  values: OrganisationValues;
  onChange: (patch: Partial<OrganisationValues>) => void;
  errors: FieldProblems;
  problem: FormProblem | null;
  attempt: number;
  pending: boolean;
  onSubmit: () => void;
  onDone: () => void;
  /** A version conflict's choices, above the fields. */
  children?: ReactNode;
}

const ORDER = ["name", "kind", "country", "code", "languageForm", "slug", "validFrom", "validTo"] as const;

function OrganisationFields({ editing = false, values, onChange, errors, problem, attempt, pending, onSubmit, onDone, children }: OrganisationFieldsProps) {
  const { t } = useTranslation(["admin", "domain", "common"]);
  const id = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const headingId = `${id}-heading`;
  const labels = {
    name: t("form.name"), kind: t("form.kind"), country: t("form.country"), code: t("form.code"), languageForm: t("form.languageForm"),
    slug: t("form.slug"), validFrom: t("form.validFrom"), validTo: t("form.validTo"),
  };
  const messages = useAdminMessages(labels, errors);
  const field = (name: keyof OrganisationValues) => ({
    id: `${id}-${name}`, label: labels[name], value: values[name], onChange: (value: string) => onChange({ [name]: value }), error: messages[name],
  });

  return (
    <section aria-labelledby={headingId} className="stack admin-panel">
      <Heading level={2} data-size="sm" id={headingId}>
        {editing ? t("form.editHeading") : t("form.createHeading")}
      </Heading>
      <ErrorSummary idPrefix={id} order={ORDER} messages={messages} problem={problem} attempt={attempt} />
      {children}
      <form ref={panel} className="stack" noValidate onSubmit={(event: FormEvent) => { event.preventDefault(); onSubmit(); }}>
        <FormField {...field("name")} required autoComplete="off" />
        {!editing && (
          <>
            <FormField {...field("kind")} kind="select" onChange={(kind) => onChange({ kind: kind as OrganisationKind })}>
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>{t(`domain:organisationKind.${kind}`, { context: values.country })}</option>
              ))}
            </FormField>
            <FormField {...field("country")} kind="select"
              onChange={(country) => onChange({ country: country as Country, languageForm: fitLanguage(country as Country, values.languageForm) })}>
              {COUNTRIES.map((country) => <option key={country} value={country}>{t(`country.${country}`)}</option>)}
            </FormField>
          </>
        )}
        <FormField {...field("code")} description={t("form.codeHint")} autoComplete="off" />
        <FormField {...field("languageForm")} kind="select">
          {LANGUAGE_FORMS_BY_COUNTRY[values.country].map((form) => (
            <option key={form} value={form}>{t(`common:language.${form}`)}</option>
          ))}
        </FormField>
        <FormField {...field("slug")} autoComplete="off" />
        <FormField {...field("validFrom")} kind="date" />
        <FormField {...field("validTo")} kind="date" />
        <div className="admin-buttons">
          <Button type="submit" loading={pending} aria-disabled={pending || undefined}>
            {pending ? t("form.saving") : t("form.save")}
          </Button>
          <Button type="button" variant="tertiary" onClick={onDone}>
            {t("form.cancel")}
          </Button>
        </div>
      </form>
    </section>
  );
}
