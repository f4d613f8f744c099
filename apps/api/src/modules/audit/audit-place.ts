import { findCommentById, findMembershipById, findOrganisationById, type Executor, type OrganisationRow } from "@samspill/db";
import { DomainError, type Resource } from "@samspill/domain";
import { asCommentSubject } from "../comments/comment-subject.js";
import { locateSubject, PROGRAMME_SUBJECT_TYPES } from "../comments/subject-place.js";
import { placeOfOwner } from "../../trpc/locate.js";

/** Subjects whose log can be read on its own: programme work, comments on it, organisations and memberships. */
export const AUDITED_SUBJECT_TYPES = [...PROGRAMME_SUBJECT_TYPES, "comment", "organisation", "membership"] as const;
export type AuditedSubjectType = (typeof AUDITED_SUBJECT_TYPES)[number];

/**
 * An organisation's own log, placed as its programmes are (`placeOfOwner`): a council's log is
 * read by its secretariat; a municipality's by its contributors and, where the municipality owns
 * its own programme as Vimmerby does, by its secretariat; both (and a county's) by the county's
 * officials.
 */
export function organisationLogResource(organisation: OrganisationRow): Resource {
  switch (organisation.kind) {
    case "regional_council":
    case "municipality":
      return { kind: "audit_log", ...placeOfOwner(organisation) };
    case "county":
      return { kind: "audit_log", countyId: organisation.id };
    case "partner":
      // Partners have no log readers in the permission table.
      return { kind: "audit_log" };
  }
}

async function organisationOrNotFound(db: Executor, id: string): Promise<OrganisationRow> {
  const organisation = await findOrganisationById(db, id);
  if (!organisation) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
  return organisation;
}

/** The audit-log resource of one subject: the place of the thing it is about. */
export async function subjectLogResource(db: Executor, subjectType: AuditedSubjectType, subjectId: string): Promise<Resource> {
  switch (subjectType) {
    case "organisation":
      return organisationLogResource(await organisationOrNotFound(db, subjectId));
    case "membership": {
      const membership = await findMembershipById(db, subjectId);
      if (!membership) throw new DomainError("NOT_FOUND", { params: { kind: "membership" } });
      return organisationLogResource(await organisationOrNotFound(db, membership.councilId));
    }
    case "comment": {
      const comment = await findCommentById(db, subjectId);
      if (!comment) throw new DomainError("NOT_FOUND", { params: { kind: "comment" } });
      const subject = asCommentSubject(comment);
      return placed(await locateSubject(db, subject.subjectType, subject.subjectId));
    }
    default:
      return placed(await locateSubject(db, subjectType, subjectId));
  }
}

function placed(place: { councilId: string; municipalityId: string | null; countyId: string | null }): Resource {
  return { kind: "audit_log", councilId: place.councilId, municipalityId: place.municipalityId, countyId: place.countyId };
}
