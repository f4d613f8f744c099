import type { TFunction } from "i18next";

// Issue codes and server reasons the form has words for; anything else is "check this field".
const KNOWN = new Set([
  "required", "too_small", "too_big", "custom", "owner_not_a_member", "municipality_not_a_member", "shared_measure_owned_by_programme_owner",
]);

type Code = "required" | "invalid" | "too_small" | "too_big" | "custom" | "owner_not_a_member" | "municipality_not_a_member" | "shared_measure_owned_by_programme_owner";

export function fieldMessage(t: TFunction<"programme-editing">, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const known = (KNOWN.has(code) ? code : "invalid") as Code;
  return t(`fieldErrors.${known}`);
}
