import { z } from "zod";
import type { Executor } from "@samspill/db";
import type { Resource } from "@samspill/domain";
import { locateSubject } from "./subject-place.js";

/** What comments hang on (DOMAIN.md: "on a measure, part or report"). */
export const COMMENT_SUBJECT_TYPES = ["measure", "measure_part", "status_report"] as const;
export const CommentSubjectTypeSchema = z.enum(COMMENT_SUBJECT_TYPES);
export type CommentSubjectType = z.infer<typeof CommentSubjectTypeSchema>;

export interface CommentSubject {
  subjectType: CommentSubjectType;
  subjectId: string;
}

/**
 * The permission resource for the comments on a subject, and the organisation whose audit log
 * their changes go in (the owner of the programme). Comments are working notes, not published
 * content, so the resource is never published: anonymous visitors and outsiders get NOT_FOUND
 * even when the programme itself is public.
 */
export async function placeComments(db: Executor, subject: CommentSubject): Promise<{ resource: Resource; logOwnerId: string }> {
  const place = await locateSubject(db, subject.subjectType, subject.subjectId);
  return {
    resource: {
      kind: subject.subjectType,
      councilId: place.councilId,
      municipalityId: place.municipalityId,
      countyId: place.countyId,
      published: false,
    },
    logOwnerId: place.councilId,
  };
}

/** A comment's subject type is stored as any subject type; this narrows it back. */
export function asCommentSubject(row: { subjectType: string; subjectId: string }): CommentSubject {
  return { subjectType: CommentSubjectTypeSchema.parse(row.subjectType), subjectId: row.subjectId };
}
