import type { CurrentUser } from "../auth/use-auth";

/** Money in the reporting organisation's currency: SEK in Sweden, NOK in Norway. */
export function currencyOf(user: CurrentUser | null | undefined): "NOK" | "SEK" {
  return user?.organisation?.country === "SE" ? "SEK" : "NOK";
}
