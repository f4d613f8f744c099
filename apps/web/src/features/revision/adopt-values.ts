import { CaseNumberSchema, IsoDateSchema, requiredText } from "@samspill/domain";
import { blankProblems, schemaProblems, type FieldProblems, type FormProblemOptions } from "../../shared/forms";

// The adopt form's values and its checks before anything is sent; the server checks again.

export type AdoptValues = {
  heldOn: string;
  /** The council's meeting that day to record the decision in; "" for a new meeting. */
  meetingId: string;
  body: string;
  caseNumber: string;
  text: string;
};
export type AdoptField = Exclude<keyof AdoptValues, "meetingId">;

export const ADOPT_FIELDS: readonly AdoptField[] = ["heldOn", "body", "caseNumber", "text"];

/** The domain's rules for each field (the three calls adoption makes check the same). */
const RULES = { heldOn: IsoDateSchema, body: requiredText(200), caseNumber: CaseNumberSchema, text: requiredText(20_000) };

export function validateAdopt(values: AdoptValues): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of ADOPT_FIELDS) Object.assign(problems, schemaProblems(RULES[field], values[field], () => field));
  return { ...problems, ...blankProblems(values, ADOPT_FIELDS) };
}

// Adoption is three calls (meeting, agenda item, decision); their fields land on the form's.
const ALIAS: Record<string, AdoptField> = { heldOn: "heldOn", decidedOn: "heldOn", body: "body", title: "body", caseNumber: "caseNumber", text: "text" };

/** How a refused adoption is read (`formProblemOf`): the server's issues moved onto the form's fields (a decision's date is the meeting's). */
export const ADOPT_PROBLEMS: FormProblemOptions = { fieldOf: (path) => ALIAS[path.split(".")[0] ?? ""] ?? null };
