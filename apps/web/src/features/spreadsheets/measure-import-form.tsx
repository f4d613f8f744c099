import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { DownloadButton } from "../../shared/files/download-button";
import { BusyButton, useWorkbookFileProblem, WorkbookFileField } from "./import-controls";
import { useLanguage } from "../../shared/language/use-language";
import { fileToBase64 } from "./import-file";
import { ImportPreviewView } from "./import-preview";
import { fileErrorMessage } from "./problem-text";
import type { ImportResult } from "./types";

const INPUT_ID = "measure-import-file";

/** Pick a file, check it (nothing saved), then import it when every row is valid. */
export function MeasureImportForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation(["spreadsheets", "common"]);
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useMutation(trpc.spreadsheets.previewMeasureImport.mutationOptions());
  const fileProblem = useWorkbookFileProblem();
  const importing = useMutation(trpc.spreadsheets.importMeasures.mutationOptions());
  const [file, setFile] = useState<File | null>(null);
  const [fileBase64, setFileBase64] = useState("");
  const [localError, setLocalError] = useState<string>();
  const [done, setDone] = useState<ImportResult | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const fileError = localError ?? (preview.error ? fileErrorMessage(t, preview.error) : undefined);
  useEffect(() => {
    if (preview.data) previewHeading.current?.focus();
  }, [preview.data]);
  useEffect(() => {
    if (fileError) input.current?.focus();
  }, [fileError]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    importing.reset();
    preview.reset();
    const problem = fileProblem(file);
    setLocalError(problem);
    if (problem || !file) return;
    const base64 = await fileToBase64(file);
    setFileBase64(base64);
    preview.mutate({ programmeId, fileBase64: base64, language });
  };

  const confirm = () => {
    if (!preview.data) return;
    importing.mutate(
      { programmeId, version: preview.data.programmeVersion, fileBase64, language },
      {
        onSuccess: async (result) => {
          setDone(result);
          preview.reset();
          await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
          await queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() });
        },
      },
    );
  };

  const ready = preview.data && preview.data.problems.length === 0;
  return (
    <div className="stack">
      <Paragraph>{t("import.templateHint")}</Paragraph>
      <div className="sheet-downloads">
        <DownloadButton procedure="spreadsheets.measureTemplate" input={{ programmeId, language }}>
          {t("download.template")}
        </DownloadButton>
      </div>
      <form className="stack" onSubmit={(event) => void check(event)} noValidate>
        <WorkbookFileField id={INPUT_ID} inputRef={input} error={fileError} onChoose={(chosen) => {
          setFile(chosen);
          setLocalError(undefined);
          preview.reset();
        }} />
        <BusyButton type="submit" variant={ready ? "secondary" : "primary"} pending={preview.isPending} pendingLabel={t("import.checking")}>
          {t("import.check")}
        </BusyButton>
      </form>
      {preview.data && <ImportPreviewView preview={preview.data} headingRef={previewHeading} />}
      {ready && (
        <BusyButton pending={importing.isPending} pendingLabel={t("import.importing")} onClick={confirm}>
          {t("import.confirm")}
        </BusyButton>
      )}
      <div role="status">
        {done && (
          <Alert data-color="success" ref={doneRef} tabIndex={-1}>
            <Paragraph>
              {t("import.done", { measures: t("import.measures", { count: done.measures }), parts: t("import.parts", { count: done.parts }) })}
            </Paragraph>
          </Alert>
        )}
      </div>
      {importing.error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{fileErrorMessage(t, importing.error)}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
