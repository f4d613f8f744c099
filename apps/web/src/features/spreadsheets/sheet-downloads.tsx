import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DownloadButton } from "../../shared/files/download-button";
import { useLanguage } from "../../shared/language/use-language";
import "./measure-import.css";

interface SheetDownloadsProps {
  /** The server's spreadsheet procedure, e.g. `spreadsheets.reports`. */
  procedure: string;
  input: Record<string, unknown>;
  heading: string;
  headingLevel: 2 | 3;
  hint?: string;
  children?: ReactNode;
}

/** Excel and CSV downloads of what the page shows, with headings in the reader's language. */
export function SheetDownloads({ procedure, input, heading, headingLevel, hint, children }: SheetDownloadsProps) {
  const { t } = useTranslation("spreadsheets");
  const { language } = useLanguage();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {heading}
      </Heading>
      {hint && <Paragraph data-size="sm">{hint}</Paragraph>}
      <div className="sheet-downloads">
        <DownloadButton procedure={procedure} input={{ ...input, format: "xlsx", language }}>
          {t("download.excel")}
        </DownloadButton>
        <DownloadButton procedure={procedure} input={{ ...input, format: "csv", language }}>
          {t("download.csv")}
        </DownloadButton>
        {children}
      </div>
    </section>
  );
}
