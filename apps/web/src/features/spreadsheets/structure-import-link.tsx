import "./measure-import.css";
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { DownloadButton } from "../../shared/files/download-button";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { useSearch } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";

// On a programme's page: the whole programme as one workbook for every reader, the way to fill
// an empty draft from one (when the server permits it: the secretariat), and after an import
// the notice of what came in.

export const IMPORTED_PARAM = "imported";

/** `?imported=4-7-12` → focus areas, goals and measures; null when absent or not three counts. */
function importedCounts(search: string) {
  const value = new URLSearchParams(search).get(IMPORTED_PARAM);
  const match = value ? /^(\d+)-(\d+)-(\d+)$/.exec(value) : null;
  return match ? { focusAreas: Number(match[1]), goals: Number(match[2]), measures: Number(match[3]) } : null;
}

interface StructureImportLinkProps {
  programme: { id: string; viewer: { importStructure: { allowed: boolean } } };
}

export function StructureImportLink({ programme }: StructureImportLinkProps) {
  const { t } = useTranslation("structure-import");
  const imported = importedCounts(useSearch());
  const { language } = useLanguage();
  return (
    <>
      {imported && (
        <Alert data-color="success" role="status">
          <Paragraph>{t("import.done", imported)}</Paragraph>
        </Alert>
      )}
      <div className="sheet-downloads">
      <DownloadButton procedure="spreadsheets.programmeStructure" input={{ programmeId: programme.id, language }}>
        {t("download")}
      </DownloadButton>
      {programme.viewer.importStructure.allowed && (
        <AppLink href={hrefFor({ name: "structureImport", id: programme.id })}>{t("import.link")}</AppLink>
      )}
      </div>
    </>
  );
}
