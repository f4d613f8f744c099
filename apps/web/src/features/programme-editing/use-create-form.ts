import { useState } from "react";
import { mutationProblem, type MutationProblem } from "../measures/mutation-error";

/**
 * Values, field errors (field → issue code) and a whole-form failure for a "create" form. The
 * required fields are checked here only to spare a round trip; the server's issues land on the
 * same fields. `attempt` grows on each failed submit so the form can move focus to its summary.
 */
export function useCreateForm<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<MutationProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const set = (field: keyof V) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function submit(required: ReadonlyArray<keyof V & string>, run: (values: V) => Promise<void>): Promise<boolean> {
    if (pending) return false;
    const missing = Object.fromEntries(required.filter((field) => values[field]?.trim() === "").map((field) => [field, "required"]));
    setFailure(null);
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setAttempt((n) => n + 1);
      return false;
    }
    setPending(true);
    try {
      await run(values);
      setValues(initial);
      return true;
    } catch (error) {
      const problem = mutationProblem(error);
      setErrors(problem.fields);
      setFailure(Object.keys(problem.fields).length > 0 ? null : problem);
      setAttempt((n) => n + 1);
      return false;
    } finally {
      setPending(false);
    }
  }
  return { values, set, errors, failure, attempt, pending, submit };
}
