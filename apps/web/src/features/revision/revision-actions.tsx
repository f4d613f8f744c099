import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import type { ProgrammeDetail } from "../programmes/types";
import "./revision.css";

type Programme = Pick<ProgrammeDetail, "id" | "predecessorId" | "viewer">;

/**
 * The programme page's way into the rolling revision: versions and what changed for every
 * reader; adopting a draft and starting the next period's programme for the secretariat the
 * server allows. Starting a revision is
 * offered where an adopted version's structure would be edited (the programme editing section).
 */
export function RevisionActions({ programme }: { programme: Programme }) {
  const { t } = useTranslation("revision");
  return (
    <nav aria-label={t("actions.label")} className="revision-actions">
      <AppLink href={hrefFor({ name: "programmeVersions", id: programme.id })}>{t("actions.versions")}</AppLink>
      {programme.predecessorId && <AppLink href={hrefFor({ name: "programmeDiff", id: programme.id })}>{t("actions.diff")}</AppLink>}
      {programme.viewer.adopt.allowed && <AppLink href={hrefFor({ name: "programmeAdopt", id: programme.id })}>{t("actions.adopt")}</AppLink>}
      {programme.viewer.copyForward.allowed && (
        <AppLink href={hrefFor({ name: "programmeCopyForward", id: programme.id })}>{t("actions.copyForward")}</AppLink>
      )}
    </nav>
  );
}
