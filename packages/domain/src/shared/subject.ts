import { z } from "zod";
import { SUBJECT_TYPES } from "./enums";
import { IdSchema, IsoDateTimeSchema, VersionSchema, requiredText } from "./primitives";

// Comments, attachments and audit events hang on any subject by type and id, so these three
// live here rather than in one area.

export const SubjectTypeSchema = z.enum(SUBJECT_TYPES);

export const CommentSchema = z.strictObject({
  id: IdSchema,
  subjectType: SubjectTypeSchema,
  subjectId: IdSchema,
  authorId: IdSchema,
  body: requiredText(10_000),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: VersionSchema,
});
export type Comment = z.infer<typeof CommentSchema>;

/** The author is the signed-in user, never taken from input. */
export const CreateCommentInputSchema = z.strictObject({
  subjectType: SubjectTypeSchema,
  subjectId: IdSchema,
  body: requiredText(10_000),
});
export type CreateCommentInput = z.infer<typeof CreateCommentInputSchema>;

export const AttachmentSchema = z.strictObject({
  id: IdSchema,
  subjectType: SubjectTypeSchema,
  subjectId: IdSchema,
  fileName: requiredText(255),
  contentType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
  sizeBytes: z.number().int().nonnegative(),
  storageKey: z.string().min(1),
  uploadedBy: IdSchema.nullable(),
  createdAt: IsoDateTimeSchema,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** Append-only: there is no update schema. `id` is a database sequence, not a UUID. */
export const AuditEventSchema = z.strictObject({
  id: z.number().int().positive(),
  occurredAt: IsoDateTimeSchema,
  actorId: IdSchema.nullable(),
  organisationId: IdSchema.nullable(),
  action: requiredText(100),
  subjectType: SubjectTypeSchema,
  subjectId: IdSchema,
  before: z.json().nullable(),
  after: z.json().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
