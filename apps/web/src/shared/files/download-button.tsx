import { Button, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../language/use-language";
import { downloadFile } from "./file-download";
import { fileRefusalText, type FileRefusal } from "./file-refusal";

interface DownloadButtonProps {
  /** The server's file procedure, e.g. `documents.programme`. */
  procedure: string;
  input?: unknown;
  children: ReactNode;
  variant?: "primary" | "secondary" | "tertiary";
}

/** A button that downloads a generated file and says so, or says why it could not. */
export function DownloadButton({ procedure, input, children, variant = "secondary" }: DownloadButtonProps) {
  const { t } = useTranslation(["files", "common"]);
  const { language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FileRefusal | undefined>();

  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    const outcome = await downloadFile(procedure, input);
    setBusy(false);
    if (!outcome.ok) setFailure(outcome);
  };

  return (
    <div className="download-button">
      <Button variant={variant} data-size="sm" onClick={() => void download()} aria-busy={busy} disabled={busy}>
        {busy ? <Spinner aria-hidden data-size="xs" /> : null}
        {children}
      </Button>
      {failure ? (
        <Paragraph role="alert" data-size="sm" className="download-button__error">
          {fileRefusalText(t, failure, language)}
        </Paragraph>
      ) : null}
    </div>
  );
}
