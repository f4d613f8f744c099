import type { TFunction } from "i18next";
import { formProblemOf } from "../../shared/forms";
import type { ImportProblem } from "./types";

// The server sends problems and refusals as codes with parameters; these are their texts.

const FILE_ERRORS = ["file_too_large", "too_many_rows", "file_unreadable", "import_no_rows", "import_has_problems"] as const;

export function problemMessage(t: TFunction<"spreadsheets">, problem: ImportProblem): string {
  return t(`import.problemText.${problem.reason}`, problem.params);
}

/** A refusal of the whole file in words: its reason when the server named one, else the error's code. */
export function fileErrorMessage(t: TFunction<["spreadsheets", "common"]>, error: unknown): string {
  const problem = formProblemOf(error);
  const reason = FILE_ERRORS.find((known) => known === problem.reason);
  if (reason) return t(`spreadsheets:import.fileErrors.${reason}`, problem.params);
  const { code } = problem;
  if (code === "CONFLICT") return t("spreadsheets:import.conflict");
  return t(`common:errors.${code}`);
}
