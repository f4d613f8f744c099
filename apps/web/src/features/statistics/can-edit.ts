import type { CurrentUser } from "../auth/use-auth";

// Mirrors the server only to hide controls it would refuse: a goal's outcome indicators belong
// to the programme, which its owner's secretariat edits (a council's, or Vimmerby's own).
export function canEditProgrammeIndicators(user: Pick<CurrentUser, "role" | "scope"> | null | undefined, programmeOwnerId: string | null): boolean {
  if (!user?.scope || programmeOwnerId === null) return false;
  return user.role === "secretariat" && user.scope.councilIds.includes(programmeOwnerId);
}
