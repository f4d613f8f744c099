import type { ReportingRequirementRow } from "@samspill/db";

/** When the agreement wants the report on a period: its first reporting requirement due after the period ends. */
export function agreementDueDate(requirements: readonly Pick<ReportingRequirementRow, "dueDate">[], periodEnd: string): string | null {
  const after = requirements.map((requirement) => requirement.dueDate).filter((due) => due > periodEnd).sort();
  return after[0] ?? null;
}
