import type { CurrentUser } from "../auth/use-auth";

// Mirrors the server's rules only to hide controls it would refuse (PERMISSIONS in
// @samspill/domain); the server still decides, and its refusal is shown when it comes.

type User = Pick<CurrentUser, "role" | "scope"> | null | undefined;

interface MeasureLike {
  scope: "shared" | "local";
  ownerId: string;
  /** The programme's owner: the council whose secretariat keeps the programme. */
  councilId: string | null;
}

export function canEditMeasure(user: User, measure: MeasureLike): boolean {
  if (!user?.scope) return false;
  const council = measure.councilId ?? (measure.scope === "shared" ? measure.ownerId : null);
  if (user.role === "secretariat") return council !== null && user.scope.councilIds.includes(council);
  if (user.role === "municipality_contributor") {
    return measure.scope === "local" && user.scope.municipalityIds.includes(measure.ownerId);
  }
  return false;
}

export function canEditPart(user: User, measure: MeasureLike, part: { municipalityId: string }): boolean {
  if (!user?.scope) return false;
  const council = measure.councilId ?? measure.ownerId;
  if (user.role === "secretariat") return user.scope.councilIds.includes(council);
  if (user.role === "municipality_contributor") return user.scope.municipalityIds.includes(part.municipalityId);
  return false;
}

/** Comments: the secretariat, contributors and county officials; council members only read. */
export function canComment(user: User): boolean {
  return Boolean(user?.scope) && ["secretariat", "municipality_contributor", "county_official"].includes(user?.role ?? "");
}
