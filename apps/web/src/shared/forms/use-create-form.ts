import { useState } from "react";
import type { FieldProblems } from "./field-problems";
import { formProblemOf, type FormProblem, type FormProblemOptions } from "./form-problem";

export interface CreateFormOptions<V> {
  /** Fields "save and add another" keeps for the next item (the focus area the goals go under, say). */
  keep?: readonly (keyof V)[];
  problemOptions?: FormProblemOptions;
}

/**
 * Values, field problems and a whole-form failure for a "create" form. The caller checks the
 * input before sending (`checkBeforeSending` with the domain's schema) to spare a round trip;
 * the server's issues land on the same fields, and what was typed stays when it refuses.
 * `attempt` grows on each failed submit so the form can move focus to its summary; `added` grows
 * on each "save and add another", so the form can move focus to its first field.
 */
export function useCreateForm<V extends Record<string, string>>(initial: V, options: CreateFormOptions<V> = {}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState(0);
  const [pending, setPending] = useState(false);
  const set = (field: keyof V) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  /** The next item starts empty, but for the fields kept. */
  function clear(another: boolean) {
    if (!another) return setValues(initial);
    const kept = Object.fromEntries((options.keep ?? []).map((field) => [field, values[field]]));
    setValues({ ...initial, ...kept });
    setAdded((count) => count + 1);
  }

  async function submit(problems: FieldProblems, run: (values: V) => Promise<void>, { another = false } = {}): Promise<boolean> {
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
      clear(another);
      return true;
    } catch (error) {
      const problem = formProblemOf(error, options.problemOptions);
      setErrors(problem.fields);
      setFailure(Object.keys(problem.fields).length > 0 ? null : problem);
      setAttempt((n) => n + 1);
      return false;
    } finally {
      setPending(false);
    }
  }
  /** Puts a refusal away once the user has acted on it (reloaded after a conflict, say). */
  const dismiss = () => {
    setFailure(null);
    setErrors({});
  };
  return { values, set, setValues, errors, failure, attempt, added, pending, submit, dismiss };
}
