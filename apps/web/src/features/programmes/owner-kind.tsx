import { useTranslation } from "react-i18next";
import type { ProgrammeOwner } from "./types";

/** "Regionråd", "Kommunalförbund" …: the kind of organisation as its own country names it. */
export function OwnerKind({ owner }: { owner: ProgrammeOwner }) {
  const { t } = useTranslation("domain");
  return <>{t(`organisationKind.${owner.kind}`, { context: owner.country })}</>;
}
