import type { CurrentUser } from "../auth/use-auth";

// What the client offers, mirroring the server's table (it refuses anything else anyway):
// the secretariat writes and reviews in its council; a contributor writes their municipality's.

export function mayWriteReport(user: CurrentUser | null | undefined, organisationId: string): boolean {
  if (!user?.scope) return false;
  if (user.role === "secretariat") return true;
  return user.role === "municipality_contributor" && user.scope.municipalityIds.includes(organisationId);
}

export function mayReview(user: CurrentUser | null | undefined): boolean {
  return user?.role === "secretariat";
}

/** Money in the reporting organisation's currency: SEK in Sweden, NOK in Norway. */
export function currencyOf(user: CurrentUser | null | undefined): "NOK" | "SEK" {
  return user?.organisation?.country === "SE" ? "SEK" : "NOK";
}
