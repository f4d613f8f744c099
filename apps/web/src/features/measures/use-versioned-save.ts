import { useState } from "react";
import { mutationProblem, type MutationProblem } from "./mutation-error";

interface VersionedSave<V> {
  pending: boolean;
  problem: MutationProblem | null;
  save: (values: V, version: number) => Promise<boolean>;
  reset: () => void;
}

/**
 * One save at a known version. A failure is kept as a problem for the form to show; the
 * caller decides what "reload" and "apply again" mean for its data.
 */
export function useVersionedSave<V>(send: (values: V, version: number) => Promise<unknown>): VersionedSave<V> {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  async function save(values: V, version: number): Promise<boolean> {
    setPending(true);
    setProblem(null);
    try {
      await send(values, version);
      return true;
    } catch (error) {
      setProblem(mutationProblem(error));
      return false;
    } finally {
      setPending(false);
    }
  }
  return { pending, problem, save, reset: () => setProblem(null) };
}
