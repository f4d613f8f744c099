import type { CurrentUser } from "../auth/use-auth";

// Mirrors the server's record_meeting rule only to hide controls it would refuse; the server
// still decides, and its refusal is shown when it comes.
export function canRecordMeeting(user: Pick<CurrentUser, "role" | "scope"> | null | undefined, councilId: string): boolean {
  return user?.role === "secretariat" && Boolean(user.scope?.councilIds.includes(councilId));
}
