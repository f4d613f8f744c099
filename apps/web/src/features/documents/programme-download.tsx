import { useTranslation } from "react-i18next";
import { DownloadButton } from "../../shared/files/download-button";

/**
 * The programme as a Word document in its owner's language. Shown to every reader of the page:
 * the server decides what they may have (the public only published programmes, without names).
 */
export function ProgrammeDownload({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation("documents");
  return (
    <div>
      <DownloadButton procedure="documents.programme" input={{ programmeId }}>
        {t("download.programme")}
      </DownloadButton>
    </div>
  );
}
