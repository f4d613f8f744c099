import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { DownloadButton } from "../../shared/files/download-button";
import { formProblemOf } from "../../shared/forms";
import { BusyButton, useWorkbookFileProblem, WorkbookFileField } from "./import-controls";
import { useLanguage } from "../../shared/language/use-language";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { fileToBase64 } from "./import-file";
import { fileErrorMessage } from "./problem-text";
import { IMPORTED_PARAM } from "./structure-import-link";
import { StructurePreviewView } from "./structure-preview";

const INPUT_ID = "structure-import-file";

/** The refusal of a whole file in words; a missing sheet is named, the rest as the measures import says them. */
function useFileError() {
  const { t } = useTranslation(["spreadsheets", "common"]);
  const { t: structureT } = useTranslation("structure-import");
  return (error: unknown) => {
    const { reason, params } = formProblemOf(error);
    if (reason === "import_missing_sheet") return structureT("import.missingSheet", { sheet: String(params.sheet ?? "") });
    return fileErrorMessage(t, error);
  };
}

/** Template, file, check (nothing saved), then import when the whole file is valid, and back to the programme. */
export function StructureImportForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation(["structure-import", "spreadsheets"]);
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useMutation(trpc.spreadsheets.previewStructureImport.mutationOptions());
  const fileProblem = useWorkbookFileProblem();
  const importing = useMutation(trpc.spreadsheets.importStructure.mutationOptions());
  const errorText = useFileError();
  const [file, setFile] = useState<File | null>(null);
  const [fileBase64, setFileBase64] = useState("");
  const [localError, setLocalError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const fileError = localError ?? (preview.error ? errorText(preview.error) : undefined);
  useEffect(() => {
    if (preview.data) previewHeading.current?.focus();
  }, [preview.data]);
  useEffect(() => {
    if (fileError) input.current?.focus();
  }, [fileError]);

  const check = async (event: FormEvent) => {
    event.preventDefault();
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
          await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
          await queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() });
          const counts = [result.focusAreas, result.goals, result.measures].join("-");
          navigate(`${hrefFor({ name: "programme", id: programmeId })}?${IMPORTED_PARAM}=${counts}`);
        },
      },
    );
  };

  const ready = preview.data && preview.data.problems.length === 0;
  return (
    <div className="stack">
      <div className="sheet-downloads">
        <DownloadButton procedure="spreadsheets.programmeStructureTemplate" input={{ programmeId, language }}>
          {t("import.template")}
        </DownloadButton>
      </div>
      <form className="stack" onSubmit={(event) => void check(event)} noValidate>
        <WorkbookFileField id={INPUT_ID} inputRef={input} error={fileError} onChoose={(chosen) => {
          setFile(chosen);
          setLocalError(undefined);
          preview.reset();
        }} />
        <BusyButton type="submit" variant={ready ? "secondary" : "primary"} pending={preview.isPending} pendingLabel={t("spreadsheets:import.checking")}>
          {t("import.check")}
        </BusyButton>
      </form>
      {preview.data && <StructurePreviewView preview={preview.data} headingRef={previewHeading} />}
      {ready && (
        <BusyButton pending={importing.isPending} pendingLabel={t("spreadsheets:import.importing")} onClick={confirm}>
          {t("import.confirm")}
        </BusyButton>
      )}
      {importing.error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorText(importing.error)}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
