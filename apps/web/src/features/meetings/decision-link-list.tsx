import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor, type Route } from "../../shared/router/routes";
import type { DecisionLinkView } from "./types";

function targetOf(link: DecisionLinkView): Exclude<Route, { name: "notFound" }> {
  if (link.kind === "programme") return { name: "programme", id: link.id };
  if (link.kind === "measure") return { name: "measure", id: link.id };
  return { name: "agreement", id: link.id };
}

/** "Concerns: Handlingsprogram 2022–2023 (version 1), Regional ladestruktur" under a decision. */
export function DecisionLinkList({ links, contentLang }: { links: readonly DecisionLinkView[]; contentLang?: string | undefined }) {
  const { t } = useTranslation("meetings");
  if (links.length === 0) return null;
  return (
    <Paragraph data-size="sm">
      {t("links.concerns")}{" "}
      {links.map((link, index) => (
        <span key={`${link.kind}:${link.id}`}>
          {index > 0 && ", "}
          <span className="meta">{t(`links.kind.${link.kind}`)}</span>{" "}
          <AppLink href={hrefFor(targetOf(link))} lang={contentLang}>
            {link.title}
          </AppLink>
          {link.revision !== null && <span className="meta"> ({t("links.version", { revision: link.revision })})</span>}
        </span>
      ))}
    </Paragraph>
  );
}
