import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";

/** The way into `/programmes/new` from the secretariat's dashboard. */
export function NewProgrammeLink() {
  const { t } = useTranslation("programme-editing");
  return (
    <Paragraph>
      <AppLink href={hrefFor({ name: "programmeNew" })}>{t("newProgramme.link")}</AppLink>
    </Paragraph>
  );
}
