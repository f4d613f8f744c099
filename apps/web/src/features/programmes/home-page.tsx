import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { formatDateRange, toIntlLocale } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { groupByOwner, type OwnerGroup } from "./group-by-owner";
import { OwnerKind } from "./owner-kind";
import { ProgrammeStatusTag } from "./programme-status-tag";
import type { ProgrammeListItem } from "./types";

export function HomePage() {
  const { t } = useTranslation("programmes");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.list.queryOptions({}));
  useDocumentTitle(t("home.heading"));

  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("home.heading")}
        </Heading>
        <Paragraph>{t("home.intro")}</Paragraph>
      </div>
      {programmes.isPending && <Loading />}
      {programmes.isError && <ErrorAlert error={programmes.error} />}
      {programmes.isSuccess && programmes.data.items.length === 0 && <Paragraph>{t("home.empty")}</Paragraph>}
      {programmes.isSuccess &&
        groupByOwner(programmes.data.items, toIntlLocale(language)).map((group) => (
          <OwnerSection key={group.owner.id} group={group} />
        ))}
    </>
  );
}

type ListedProgramme = ProgrammeListItem & { published?: boolean };

interface OwnerSectionProps {
  group: OwnerGroup<ListedProgramme>;
  level?: 2 | 3;
  /** Ways on from the owner (its dashboard, its public page), under its name. */
  links?: ReactNode;
}

/** One owner's programmes, newest first, each with its period and status; unpublished ones say so. */
export function OwnerSection({ group, level = 2, links }: OwnerSectionProps) {
  const { t } = useTranslation(["domain", "navigation"]);
  const { language } = useLanguage();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <div>
        <Heading level={level} data-size="sm" id={headingId}>
          {group.owner.slug && !links ? <AppLink href={hrefFor({ name: "council", slug: group.owner.slug })}>{group.owner.name}</AppLink> : group.owner.name}
        </Heading>
        <Paragraph className="meta">
          <OwnerKind owner={group.owner} />
          {" · "}
          {t("count.programme", { count: group.programmes.length, context: group.owner.country })}
        </Paragraph>
        {links}
      </div>
      <ul className="stack">
        {group.programmes.map((programme) => (
          <li key={programme.id}>
            <AppLink href={hrefFor({ name: "programme", id: programme.id })} lang={programme.owner.languageForm}>
              {programme.title}
            </AppLink>{" "}
            <span className="meta">{formatDateRange(programme.periodStart, programme.periodEnd, language)}</span>{" "}
            <ProgrammeStatusTag status={programme.status} />
            {programme.published === false && (
              <>
                {" "}
                <Tag data-size="sm" data-color="neutral">{t("navigation:programmes.unpublished")}</Tag>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
