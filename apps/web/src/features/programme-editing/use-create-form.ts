import { useState } from "react";
import type { FieldProblems } from "../../shared/errors/field-problems";
import { mutationProblem, type MutationProblem } from "../measures/mutation-error";

/**
 * Values, field problems and a whole-form failure for a "create" form. The caller checks the
 * input before sending (`checkBeforeSending` with the domain's schema) to spare a round trip;
 * the server's issues land on the same fields. `attempt` grows on each failed submit so the
 * form can move focus to its summary.
 */
export function useCreateForm<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<MutationProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const set = (field: keyof V) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function submit(problems: FieldProblems, run: (values: V) => Promise<void>): Promise<boolean> {
    if (pending) return false;
    setFailure(null);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
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
