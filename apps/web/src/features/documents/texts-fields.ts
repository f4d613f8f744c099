// The texts of the report to the county as the form edits them, and their limits (the server's).

export const TEXT_LIMITS = { summary: 20_000, approval: 500, signatoryName: 200, signatoryTitle: 200, place: 100 } as const;
export type TextField = keyof typeof TEXT_LIMITS;
/** The form's fields in screen order. */
export const TEXT_FIELDS = ["summary", "approval", "signatoryName", "signatoryTitle", "place", "signedOn"] as const;

export type TextsValues = {
  summary: string;
  approval: string;
  signatoryName: string;
  signatoryTitle: string;
  place: string;
  /** `YYYY-MM-DD`, or empty. */
  signedOn: string;
};

/** The form's values from what the server holds: its fields only, no date as empty. */
export function textsValues(saved: Omit<TextsValues, "signedOn"> & { signedOn: string | null }): TextsValues {
  const { summary, approval, signatoryName, signatoryTitle, place, signedOn } = saved;
  return { summary, approval, signatoryName, signatoryTitle, place, signedOn: signedOn ?? "" };
}

/** The form's values as the API takes them: an empty date is none. */
export function textsInput(values: TextsValues) {
  return { ...values, signedOn: values.signedOn === "" ? null : values.signedOn };
}
