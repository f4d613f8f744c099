import { useState } from "react";
import { formProblemOf, type FormProblem } from "./form-problem";

/**
 * A removal at a known version: `run(at)` asks `at` for the version to remove at (the one read,
 * or the newest after a conflict — null when the row is gone), removes it, and keeps the
 * refusal for the confirmation to show.
 */
export function useRemoval(remove: (version: number) => Promise<unknown>, onRemoved: () => void) {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  async function run(at: () => Promise<number | null>) {
    if (pending) return;
    setPending(true);
    setProblem(null);
    try {
      const current = await at();
      if (current === null) throw Object.assign(new Error("removed"), { data: { domainCode: "NOT_FOUND" } });
      await remove(current);
      onRemoved();
    } catch (error) {
      setProblem(formProblemOf(error));
    } finally {
      setPending(false);
    }
  }
  return { pending, problem, run };
}
