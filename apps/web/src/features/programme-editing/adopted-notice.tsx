import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { refusalText } from "../../shared/errors/refusal";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import type { ProgrammeDetail } from "../programmes/types";
import { StartRevision } from "../revision/start-revision";
import "./programme-editing.css";

type Programme = Pick<ProgrammeDetail, "id" | "version" | "owner" | "viewer" | "successor">;

/**
 * In place of the structure controls of an adopted (or superseded) version: why its structure
 * does not change here, and the way it does — start a revision, or open the one in progress.
 */
export function AdoptedNotice({ programme, reason }: { programme: Programme; reason: string }) {
  const { t } = useTranslation("programme-editing");
  const { t: forms } = useTranslation("forms");
  const headingId = useId();
  const { successor, viewer } = programme;
  const context = programme.owner.country;
  return (
    <section aria-labelledby={headingId} className="stack programme-editing-notice">
      <Heading level={3} data-size="xs" id={headingId}>
        {reason === "programme_superseded" ? t("adopted.superseded") : t("adopted.heading", { context })}
      </Heading>
      <Paragraph data-size="sm">{refusalText(forms, "programme", reason)}</Paragraph>
      {viewer.startRevision.allowed && <StartRevision programmeId={programme.id} version={programme.version} />}
      {successor && (
        <Paragraph data-size="sm">
          <AppLink href={hrefFor({ name: "programme", id: successor.id })}>
            {successor.status === "draft" ? t("adopted.openRevision", { revision: successor.revision }) : t("adopted.openNewer")}
          </AppLink>
        </Paragraph>
      )}
    </section>
  );
}
