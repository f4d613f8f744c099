import type { CurrentUser } from "../auth/use-auth";

// Mirrors the server's rule (edit_programme and record_meeting: the secretariat of the owning
// council) only to hide what it would refuse; the server still decides.
export function canRevise(user: Pick<CurrentUser, "role" | "scope"> | null | undefined, ownerId: string): boolean {
  return user?.role === "secretariat" && Boolean(user.scope?.councilIds.includes(ownerId));
}
