import { Button, Field, Input, Label, Spinner, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { isTooLarge, looksLikeXlsx, MAX_IMPORT_KILOBYTES } from "./import-file";

interface WorkbookFileFieldProps {
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  error: string | undefined;
  onChoose: (file: File | null) => void;
}

/** The workbook to check and import: one .xlsx file, its hint and its problem tied to it. */
export function WorkbookFileField({ id, inputRef, error, onChoose }: WorkbookFileFieldProps) {
  const { t } = useTranslation("spreadsheets");
  return (
    <Field>
      <Label htmlFor={id}>{t("import.file")}</Label>
      <Field.Description id={`${id}-hint`}>{t("import.fileHint")}</Field.Description>
      <Input
        ref={inputRef}
        id={id}
        name={id}
        type="file"
        className="import-file-input"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
      />
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}

interface BusyButtonProps {
  type?: "button" | "submit";
  variant?: "primary" | "secondary";
  pending: boolean;
  pendingLabel: string;
  onClick?: () => void;
  children: ReactNode;
}

/** A button that says what it is doing while the server works, and cannot be pressed twice. */
export function BusyButton({ type = "button", variant = "primary", pending, pendingLabel, onClick, children }: BusyButtonProps) {
  return (
    <div>
      <Button type={type} variant={variant} onClick={onClick} disabled={pending} aria-busy={pending}>
        {pending && <Spinner aria-hidden data-size="xs" />}
        {pending ? pendingLabel : children}
      </Button>
    </div>
  );
}

/** What is wrong with the chosen workbook before anything is sent: none, not .xlsx, too large. */
export function useWorkbookFileProblem(): (file: File | null) => string | undefined {
  const { t } = useTranslation("spreadsheets");
  return (file) =>
    !file ? t("import.chooseFile")
    : !looksLikeXlsx(file) ? t("import.fileErrors.file_unreadable")
    : isTooLarge(file) ? t("import.fileErrors.file_too_large", { maxKilobytes: MAX_IMPORT_KILOBYTES })
    : undefined;
}
