import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// Files hang on any subject by type and id; the bytes live in storage, not here.

export type AttachmentTable = Database["attachment"];
export type AttachmentRow = Selectable<AttachmentTable>;
export type NewAttachment = Insertable<AttachmentTable>;
export type AttachmentUpdate = Updateable<AttachmentTable>;
