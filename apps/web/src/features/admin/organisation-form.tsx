import { Button, Heading } from "@digdir/designsystemet-react";
import {
  COUNTRIES, CreateOrganisationInputSchema, LANGUAGE_FORMS_BY_COUNTRY, ORGANISATION_KINDS, UpdateOrganisationInputSchema, type Country, type OrganisationKind,
} from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { AdminField } from "./admin-field";
import { EMPTY_ORGANISATION, createInput, fitLanguage, updatePatch, valuesOf, type OrganisationValues } from "./organisation-values";
import { inputProblem, problemOf, useAdminMessages, type Problem } from "./problem";
import { ProblemAlert } from "./problem-alert";
import type { OrganisationDetail } from "./types";

interface OrganisationFormProps {
  /** The organisation to edit; without it the form creates one. */
  detail?: OrganisationDetail;
  onDone: () => void;
}

/** Create or edit an organisation; the server checks the code and the dates, and says at which field. */
export function OrganisationForm({ detail, onDone }: OrganisationFormProps) {
  const { t } = useTranslation(["admin", "domain", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const panel = useFocusOnOpen<HTMLFormElement>();
  const headingId = `${id}-heading`;
  const [values, setValues] = useState<OrganisationValues>(detail ? valuesOf(detail) : EMPTY_ORGANISATION);
  const [problem, setProblem] = useState<Problem | null>(null);
  const onError = (error: unknown) => setProblem(problemOf(error));
  const create = useMutation(trpc.organisations.create.mutationOptions({ onError }));
  const update = useMutation(trpc.organisations.update.mutationOptions({ onError }));
  const set = (field: keyof OrganisationValues) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const getKey = detail ? trpc.organisations.get.queryKey({ id: detail.id }) : undefined;

  const labels = {
    name: t("form.name"), kind: t("form.kind"), country: t("form.country"), code: t("form.code"), languageForm: t("form.languageForm"),
    slug: t("form.slug"), validFrom: t("form.validFrom"), validTo: t("form.validTo"),
  };
  const messages = useAdminMessages(labels, problem?.fields ?? {});

  async function save(version: number | undefined) {
    const found = inputProblem(detail
      ? checkBeforeSending(UpdateOrganisationInputSchema, { id: detail.id, version: version ?? detail.version, ...updatePatch(values) }, values, ["name"])
      : checkBeforeSending(CreateOrganisationInputSchema, createInput(values), values, ["name"]));
    setProblem(found);
    if (found) return;
    if (!detail) {
      const created = await create.mutateAsync(createInput(values)).catch(() => undefined);
      if (created) navigate(hrefFor({ name: "adminOrganisation", id: created.id }));
      return;
    }
    const saved = await update.mutateAsync({ id: detail.id, version: version ?? detail.version, ...updatePatch(values) }).catch(() => undefined);
    if (!saved) return;
    await queryClient.invalidateQueries({ queryKey: trpc.organisations.pathKey() });
    onDone();
  }

  /** The latest saved organisation, to reload from or to apply the change on. */
  async function latest(): Promise<OrganisationDetail | undefined> {
    if (!getKey || !detail) return undefined;
    await queryClient.invalidateQueries({ queryKey: getKey });
    return queryClient.fetchQuery(trpc.organisations.get.queryOptions({ id: detail.id }));
  }

  const field = (name: keyof OrganisationValues) => ({ id: `${id}-${name}`, label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const pending = create.isPending || update.isPending;
  return (
    <section aria-labelledby={headingId} className="stack admin-panel">
      <Heading level={2} data-size="sm" id={headingId}>
        {detail ? t("form.editHeading") : t("form.createHeading")}
      </Heading>
      {problem && (
        <ProblemAlert
          problem={problem}
          messages={messages}
          onReload={async () => {
            const fresh = await latest();
            if (fresh) setValues(valuesOf(fresh));
            setProblem(null);
          }}
          onReapply={async () => {
            const fresh = await latest();
            if (fresh) await save(fresh.version);
          }}
        />
      )}
      <form ref={panel} className="stack" noValidate onSubmit={(event: FormEvent) => { event.preventDefault(); void save(undefined); }}>
        <AdminField {...field("name")} required autoComplete="off" />
        {!detail && (
          <>
            <AdminField
              {...field("kind")}
              options={ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>{t(`domain:organisationKind.${kind}`, { context: values.country })}</option>
              ))}
              onChange={(kind) => setValues((old) => ({ ...old, kind: kind as OrganisationKind }))}
            />
            <AdminField
              {...field("country")}
              options={COUNTRIES.map((country) => <option key={country} value={country}>{t(`country.${country}`)}</option>)}
              onChange={(country) =>
                setValues((old) => ({ ...old, country: country as Country, languageForm: fitLanguage(country as Country, old.languageForm) }))
              }
            />
          </>
        )}
        <AdminField {...field("code")} hint={t("form.codeHint")} autoComplete="off" />
        <AdminField
          {...field("languageForm")}
          options={LANGUAGE_FORMS_BY_COUNTRY[values.country].map((form) => (
            <option key={form} value={form}>{t(`common:language.${form}`)}</option>
          ))}
        />
        <AdminField {...field("slug")} autoComplete="off" />
        <AdminField {...field("validFrom")} type="date" />
        <AdminField {...field("validTo")} type="date" />
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
