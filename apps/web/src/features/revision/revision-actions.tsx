import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useCurrentUser } from "../auth/use-auth";
import type { ProgrammeDetail } from "../programmes/types";
import { canRevise } from "./can-revise";
import { StartRevision } from "./start-revision";
import "./revision.css";

type Programme = Pick<ProgrammeDetail, "id" | "status" | "version" | "predecessorId"> & { owner: { id: string } };

/**
 * The programme page's way into the rolling revision: versions and what changed for every
 * reader; starting a revision or adopting a draft for the secretariat that may do it.
 */
export function RevisionActions({ programme }: { programme: Programme }) {
  const { t } = useTranslation("revision");
  const user = useCurrentUser();
  const mayRevise = canRevise(user.data, programme.owner.id);
  return (
    <nav aria-label={t("actions.label")} className="revision-actions">
      <AppLink href={hrefFor({ name: "programmeVersions", id: programme.id })}>{t("actions.versions")}</AppLink>
      {programme.predecessorId && <AppLink href={hrefFor({ name: "programmeDiff", id: programme.id })}>{t("actions.diff")}</AppLink>}
      {mayRevise && programme.status === "draft" && (
        <AppLink href={hrefFor({ name: "programmeAdopt", id: programme.id })}>{t("actions.adopt")}</AppLink>
      )}
      {mayRevise && programme.status === "adopted" && <StartRevision programmeId={programme.id} version={programme.version} />}
    </nav>
  );
}
