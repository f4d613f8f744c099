import { useState, type FormEvent } from "react";
import type { ClientErrorCode } from "../../shared/errors/error-code";
import { blankProblems, type FieldProblems } from "../../shared/forms";
import { saveFailureOf } from "./form-problem";

/**
 * A small form's values, field problems and refusal: checks what the browser can (the required
 * fields, and the domain's schema through `check`), sends, and puts what the server refused
 * next to the fields it concerns. A stale version is told apart (`conflict`), so that the form
 * can offer to reload or to send the same values again (`run`).
 */
export function useFormState<V extends Record<string, string>>(
  initial: V,
  required: readonly (keyof V & string)[],
  check: (values: V) => FieldProblems = () => ({}),
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<ClientErrorCode | null>(null);
  const [conflict, setConflict] = useState(false);
  const set = (name: keyof V & string) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  /** Checks and sends the values on screen; true when the server took them. */
  async function run(send: (values: V) => Promise<unknown>): Promise<boolean> {
    const checked = { ...check(values), ...blankProblems(values, required) };
    setErrors(checked);
    setFailure(null);
    setConflict(false);
    if (Object.keys(checked).length > 0) return false;
    try {
      await send(values);
      setValues(initial);
      return true;
    } catch (error) {
      const problem = saveFailureOf(error);
      setErrors(problem.fields);
      setConflict(problem.versionConflict);
      setFailure(Object.keys(problem.fields).length > 0 || problem.versionConflict ? null : problem.code);
      return false;
    }
  }

  const submit = (send: (values: V) => Promise<unknown>) => async (event: FormEvent) => {
    event.preventDefault();
    await run(send);
  };
  return { values, set, errors, failure, conflict, submit, run };
}
