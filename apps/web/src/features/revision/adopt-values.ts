// The adopt form's values and its checks before anything is sent; the server checks again.

export interface AdoptValues {
  heldOn: string;
  body: string;
  caseNumber: string;
  text: string;
}
export type AdoptField = keyof AdoptValues;
/** Which message a field shows: the key under `revision:adopt`. */
export type AdoptProblem = "required" | "invalidCaseNumber" | "invalid" | "caseNumberTaken";
export type AdoptErrors = Partial<Record<AdoptField, AdoptProblem>>;

export const ADOPT_FIELDS: readonly AdoptField[] = ["heldOn", "body", "caseNumber", "text"];

/** Sequence/year as councils write it, the same rule as the domain's CaseNumberSchema. */
const CASE_NUMBER = /^\d{1,4}\/(\d{2}|\d{4})$/;

export function validateAdopt(values: AdoptValues): AdoptErrors {
  const errors: AdoptErrors = {};
  for (const field of ADOPT_FIELDS) if (!values[field].trim()) errors[field] = "required";
  if (!errors.caseNumber && !CASE_NUMBER.test(values.caseNumber.trim())) errors.caseNumber = "invalidCaseNumber";
  return errors;
}

/** The server's field issues, moved onto the form's fields (a decision's date is the meeting's). */
export function serverErrors(error: unknown): AdoptErrors {
  const data = (error as { data?: { issues?: unknown; reason?: unknown } } | null)?.data;
  const errors: AdoptErrors = {};
  if (data?.reason === "case_number_taken") errors.caseNumber = "caseNumberTaken";
  if (!Array.isArray(data?.issues)) return errors;
  const alias: Record<string, AdoptField> = { heldOn: "heldOn", decidedOn: "heldOn", body: "body", title: "body", caseNumber: "caseNumber", text: "text" };
  for (const issue of data.issues as Array<{ path?: unknown }>) {
    const field = typeof issue.path === "string" ? alias[issue.path.split(".")[0] ?? ""] : undefined;
    if (field) errors[field] = "invalid";
  }
  return errors;
}
