import { useEffect, useState, type FormEvent } from "react";
import type { FieldProblems } from "./field-problems";
import type { FormProblem } from "./form-problem";
import {
  changedFields, reapplied, savedState, sendChanges, startingFrom,
  type Sending, type Snapshot, type VersionedState,
} from "./versioned-form";

export interface VersionedFormOptions<V, R> extends Sending<V, R> {
  /** The row's values as read now. */
  initial: V;
  /** The row's version as read now. */
  version: number;
  /** Reads the row again (a reload, or "apply again" after a conflict); null when it is gone. */
  latest: () => Promise<Snapshot<V> | null>;
  /** After a save, with the server's answer (null when nothing had changed, so nothing was sent). */
  onSaved?: (result: R | null) => void;
  /** The row was removed meanwhile: nothing is left to change. */
  onGone?: () => void;
}

/**
 * The edit form of a versioned row: values, field problems, the refusal of a failed save, and a
 * version conflict's two ways on — `reload` (the server's values, the user's edits dropped) and
 * `reapply` (the user's changes on top of the server's values, sent at its version).
 */
export function useVersionedForm<V extends object, R = unknown>(options: VersionedFormOptions<V, R>) {
  const { initial, version } = options;
  const [state, setState] = useState<VersionedState<V>>(() => startingFrom({ values: initial, version }));
  const [errors, setErrors] = useState<FieldProblems>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // A newer version read while the user has changed nothing (another tab's save, a refetch) is the new start.
  useEffect(() => {
    setState((current) => (version > current.version && Object.keys(changedFields(current)).length === 0 ? startingFrom({ values: initial, version }) : current));
    // `initial` is built anew on every render; the version says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);

  async function save(from: VersionedState<V>): Promise<boolean> {
    if (pending) return false;
    setErrors({});
    setProblem(null);
    setPending(true);
    const outcome = await sendChanges(from, options);
    setPending(false);
    if (outcome.kind === "invalid" || outcome.kind === "refused") {
      setErrors(outcome.kind === "invalid" ? outcome.fields : outcome.problem.fields);
      setProblem(outcome.kind === "refused" ? outcome.problem : null);
      setAttempt((count) => count + 1);
      return false;
    }
    const result = outcome.kind === "saved" ? outcome.result : null;
    setState((current) => savedState(current, from, result));
    options.onSaved?.(result);
    return true;
  }

  /** The server's row again, read now: `next` makes the new state from it. */
  async function restart(next: (latest: Snapshot<V>) => VersionedState<V>): Promise<VersionedState<V> | null> {
    const latest = await options.latest();
    if (!latest) {
      options.onGone?.();
      return null;
    }
    const started = next(latest);
    setState(started);
    setErrors({});
    setProblem(null);
    return started;
  }

  return {
    values: state.values,
    version: state.version,
    errors,
    problem,
    conflict: problem?.versionConflict ?? false,
    /** A refusal to say as a whole (the conflict has its own alert). */
    refusal: problem?.versionConflict ? null : problem,
    pending,
    attempt,
    set: <K extends keyof V>(name: K) => (value: V[K]) => setState((current) => ({ ...current, values: { ...current.values, [name]: value } })),
    setValues: (patch: Partial<V>) => setState((current) => ({ ...current, values: { ...current.values, ...patch } })),
    changed: () => changedFields(state),
    submit: async (event?: FormEvent) => {
      event?.preventDefault();
      return save(state);
    },
    reload: async () => {
      await restart(startingFrom);
    },
    reapply: async () => {
      const next = await restart((latest) => reapplied(state, latest));
      return next ? save(next) : false;
    },
  };
}
