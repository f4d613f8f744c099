import { useState, type FormEvent } from "react";
import type { ClientErrorCode } from "../../shared/errors/error-code";
import { checkFields, saveFailureOf, type FieldErrors } from "./form-problem";

/**
 * A small form's values, field errors and refusal: checks what the browser can, sends, and
 * puts what the server refused next to the fields it concerns.
 */
export function useFormState<V extends Record<string, string>>(initial: V, required: readonly (keyof V & string)[]) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ClientErrorCode | null>(null);
  const set = (name: keyof V & string) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  const submit = (send: (values: V) => Promise<unknown>) => async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkFields(values, required);
    setErrors(checked);
    setFailure(null);
    if (Object.keys(checked).length > 0) return;
    try {
      await send(values);
      setValues(initial);
    } catch (error) {
      const problem = saveFailureOf(error);
      setErrors(problem.fields);
      setFailure(Object.keys(problem.fields).length > 0 ? null : problem.code);
    }
  };
  return { values, set, errors, failure, submit };
}
