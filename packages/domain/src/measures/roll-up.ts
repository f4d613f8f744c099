import type { MeasureStatus } from "../shared/enums";
import type { Money } from "../shared/money";

// A shared measure's status and progress follow from its parts, so the council sees one line
// per measure without anyone keeping it in sync by hand.

export interface RollUpPart {
  status: MeasureStatus;
  progress: number;
  budgetShare?: Money | null;
}

export interface RollUp {
  status: MeasureStatus;
  progress: number;
}

/** Null when there are no parts: the measure then keeps its own status and progress. */
export function rollUpMeasure(parts: readonly RollUpPart[]): RollUp | null {
  if (parts.length === 0) return null;
  const active = parts.filter((part) => part.status !== "cancelled");
  if (active.length === 0) return { status: "cancelled", progress: 0 };
  return { status: rollUpStatus(active), progress: rollUpProgress(active) };
}

function rollUpStatus(active: readonly RollUpPart[]): MeasureStatus {
  if (active.every((part) => part.status === "completed")) return "completed";
  if (active.some((part) => part.status === "delayed")) return "delayed";
  if (active.some((part) => part.status === "in_progress" || part.status === "completed")) return "in_progress";
  return "planned";
}

/**
 * Weighted by budget share when every active part has one in the same currency and they add up
 * to something; otherwise a plain average, because a partial or mixed weighting would
 * silently favour the parts that happen to have a budget entered.
 */
function rollUpProgress(active: readonly RollUpPart[]): number {
  const weights = budgetWeights(active);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const weighted = active.reduce((sum, part, index) => sum + part.progress * (weights[index] ?? 0), 0);
  return Math.round(weighted / total);
}

function budgetWeights(active: readonly RollUpPart[]): number[] {
  const equal = active.map(() => 1);
  const shares = active.map((part) => part.budgetShare);
  const first = shares[0];
  if (!first) return equal;
  const comparable = shares.every((share) => share && share.currency === first.currency);
  if (!comparable) return equal;
  const amounts = shares.map((share) => share?.amountMinor ?? 0);
  return amounts.some((amount) => amount > 0) ? amounts : equal;
}
