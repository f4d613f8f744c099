import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Loading } from "../../shared/ui/loading";
import { TextBlocks } from "../../shared/ui/text-blocks";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { ProgrammeProgress } from "./programme-progress";
import type { Council } from "./types";
import { useMetaDescription } from "./use-meta-description";
import "./public.css";

/**
 * A council's public page at /r/<slug>: who it is and its published programmes with their
 * progress, for anyone, signed in or not. Only published programmes are asked for.
 */
export function CouncilPage({ slug }: { slug: string }) {
  const { t } = useTranslation(["public", "common"]);
  const trpc = useTRPC();
  const council = useQuery(trpc.organisations.get.queryOptions({ slug }));
  useDocumentTitle(council.data?.name ?? (council.isError ? t("common:errors.heading") : undefined));
  useMetaDescription(council.data ? t("council.description", { name: council.data.name }) : undefined);

  if (council.isPending) return <Loading />;
  if (council.isError) return <ErrorAlert error={council.error} headingLevel={1} />;
  return <CouncilView council={council.data} />;
}

function CouncilView({ council }: { council: Council }) {
  const { t } = useTranslation("public");
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.list.queryOptions({ ownerId: council.id }));
  const headingId = useId();
  return (
    <div className="stack">
      <div className="stack" lang={council.languageForm}>
        <Heading level={1} data-size="lg">
          {council.name}
        </Heading>
        {council.description ? <TextBlocks text={council.description} /> : <Paragraph>{t("council.description", { name: council.name })}</Paragraph>}
        {council.website && (
          <Paragraph>
            <Link href={council.website}>{t("council.website")}</Link>
          </Paragraph>
        )}
      </div>
      <section aria-labelledby={headingId} className="stack">
        <Heading level={2} data-size="md" id={headingId}>
          {t("council.programmes")}
        </Heading>
        {programmes.isPending && <Loading />}
        {programmes.isError && <ErrorAlert error={programmes.error} headingLevel={3} />}
        {programmes.isSuccess && programmes.data.items.length === 0 && <Paragraph>{t("council.empty", { name: council.name })}</Paragraph>}
        {programmes.isSuccess && programmes.data.items.length > 0 && (
          <ul className="public-programmes">
            {programmes.data.items.map((programme) => (
              <li key={programme.id}>
                <ProgrammeProgress programme={programme} lang={council.languageForm} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
