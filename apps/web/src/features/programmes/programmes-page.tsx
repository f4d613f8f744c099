import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { toIntlLocale } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser } from "../auth/use-auth";
import { useNavigation } from "../home/use-navigation";
import { NewProgrammeLink } from "../programme-editing/new-programme-link";
import { groupByOwner } from "./group-by-owner";
import { HomePage as PublishedProgrammesPage, OwnerSection } from "./home-page";

/**
 * `/programmes`, the menu's "Action programmes": for a signed-in user the programmes of the
 * councils and municipalities they work for, drafts included, then what others have published;
 * for anyone else the published programmes.
 */
export function ProgrammesPage() {
  const me = useCurrentUser();
  if (me.isPending) return <Loading />;
  if (!me.data) return <PublishedProgrammesPage />;
  return <OwnProgrammesPage />;
}

function OwnProgrammesPage() {
  const { t } = useTranslation("navigation");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const navigation = useNavigation();
  const own = useQuery(trpc.programmes.listOwn.queryOptions());
  const published = useQuery(trpc.programmes.list.queryOptions({}));
  const ownId = useId();
  const othersId = useId();
  useDocumentTitle(t("programmes.heading"));
  const locale = toIntlLocale(language);
  const ownGroups = groupByOwner(own.data?.items ?? [], locale);
  const ownOwners = new Set(ownGroups.map((group) => group.owner.id));
  const otherGroups = groupByOwner((published.data?.items ?? []).filter((item) => !ownOwners.has(item.owner.id)), locale);
  // The admin acts for no council or municipality: nothing is "theirs", only what is published.
  const hasOwn = ownGroups.length > 0 || navigation.councils.length > 0;
  const followed = (ownerId: string) =>
    navigation.has("councilDashboards") && navigation.councils.some((council) => council.id === ownerId);

  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("programmes.heading")}
        </Heading>
        <Paragraph>{t("programmes.intro")}</Paragraph>
        {navigation.councils.some((council) => council.viewer.createProgramme.allowed) && <NewProgrammeLink />}
      </div>
      {hasOwn && (
        <section aria-labelledby={ownId} className="stack">
          <Heading level={2} data-size="md" id={ownId}>
            {t("programmes.own")}
          </Heading>
          {own.isPending && <Loading />}
          {own.isError && <ErrorAlert error={own.error} headingLevel={3} />}
          {own.isSuccess && ownGroups.length === 0 && <Paragraph>{t("programmes.ownEmpty")}</Paragraph>}
          {ownGroups.map((group) => (
            <OwnerSection
              key={group.owner.id}
              group={group}
              level={3}
              links={
                <ul className="onward-links">
                  {followed(group.owner.id) && (
                    <li>
                      <AppLink href={hrefFor({ name: "councilDashboard", id: group.owner.id })}>{t("programmes.dashboard")}</AppLink>
                    </li>
                  )}
                  {group.owner.slug && group.programmes.some((programme) => programme.published) && (
                    <li>
                      <AppLink href={hrefFor({ name: "council", slug: group.owner.slug })}>{t("programmes.publicPage")}</AppLink>
                    </li>
                  )}
                </ul>
              }
            />
          ))}
        </section>
      )}
      <section aria-labelledby={othersId} className="stack">
        <Heading level={2} data-size="md" id={othersId}>
          {t("programmes.others")}
        </Heading>
        {published.isPending && <Loading />}
        {published.isError && <ErrorAlert error={published.error} headingLevel={3} />}
        {published.isSuccess && otherGroups.length === 0 && <Paragraph>{t("programmes.othersEmpty")}</Paragraph>}
        {otherGroups.map((group) => (
          <OwnerSection key={group.owner.id} group={group} level={3} />
        ))}
      </section>
    </>
  );
}
