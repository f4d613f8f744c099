import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// Comments hang on any subject by type and id.

export type CommentTable = Database["comment"];
export type CommentRow = Selectable<CommentTable>;
export type NewComment = Insertable<CommentTable>;
export type CommentUpdate = Updateable<CommentTable>;
