import { Button, Heading } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useFocusReturn } from "../../shared/ui/focus";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { AdminGate } from "./admin-gate";
import { AdminNav } from "./admin-nav";
import { LogoSection } from "./logo-section";
import { MembershipsSection } from "./memberships-section";
import { SsoOrganisationPassword } from "./sso-organisation-password";
import { OrganisationForm } from "./organisation-form";
import type { OrganisationDetail } from "./types";
import "./admin.css";

export function OrganisationPage({ id }: { id: string }) {
  const { t } = useTranslation("admin");
  return (
    <AdminGate title={t("organisations.heading")}>
      <OrganisationView id={id} />
    </AdminGate>
  );
}

function OrganisationView({ id }: { id: string }) {
  const { t } = useTranslation(["admin", "common"]);
  const trpc = useTRPC();
  const organisation = useQuery(trpc.organisations.get.queryOptions({ id }));
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(editing, editButton);
  useDocumentTitle(organisation.data?.name ?? (organisation.isError ? t("common:errors.heading") : undefined));

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <ErrorAlert error={organisation.error} headingLevel={1} />;
  const { data } = organisation;
  return (
    <div className="stack">
      <AdminNav />
      <AppLink href={hrefFor({ name: "adminOrganisations" })}>{t("organisation.back")}</AppLink>
      <Heading level={1} data-size="lg">
        {data.name}
      </Heading>
      {editing ? (
        <OrganisationForm detail={data} onDone={() => setEditing(false)} />
      ) : (
        <Details organisation={data} onEdit={() => setEditing(true)} editButton={editButton} />
      )}
      <LogoSection organisation={data} />
      <SsoOrganisationPassword organisation={data} />
      {data.kind === "regional_council" && <MembershipsSection council={data} />}
    </div>
  );
}

function Details({ organisation, onEdit, editButton }: { organisation: OrganisationDetail; onEdit: () => void; editButton: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation(["admin", "domain", "common"]);
  const { language } = useLanguage();
  const headingId = useId();
  const { kind, country, code, languageForm, slug, validFrom, validTo } = organisation;
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("organisation.details")}
      </Heading>
      <dl className="facts">
        <dt>{t("form.kind")}</dt>
        <dd>{t(`domain:organisationKind.${kind}`, { context: country })}</dd>
        <dt>{t("form.country")}</dt>
        <dd>{t(`country.${country}`)}</dd>
        <dt>{t("form.code")}</dt>
        <dd>{code ?? t("organisation.noCode")}</dd>
        <dt>{t("form.languageForm")}</dt>
        <dd>{t(`common:language.${languageForm}`)}</dd>
        <dt>{t("organisations.valid")}</dt>
        <dd>
          {validTo
            ? `${formatDate(validFrom, language)}–${formatDate(validTo, language)}`
            : t("organisation.from", { date: formatDate(validFrom, language) })}
        </dd>
        {slug && (
          <>
            <dt>{t("organisation.publicPage")}</dt>
            <dd>
              <AppLink href={hrefFor({ name: "council", slug })}>{hrefFor({ name: "council", slug })}</AppLink>
            </dd>
          </>
        )}
      </dl>
      <div>
        <Button ref={editButton} type="button" variant="secondary" onClick={onEdit}>
          {t("organisation.edit")}
        </Button>
      </div>
    </section>
  );
}
