import type { MeasureStatus } from "@samspill/domain";
import { STATUS_CHOICES } from "./choices.js";
import type { ImportLookupIndexes } from "./lookup-indexes.js";
import { findName } from "./name-index.js";
import type { RowReader } from "./row-reader.js";

// Fields measures and parts share: status with its progress, and the municipality column.

/** Status (not started when empty) and progress (100 for a completed one, else 0 when empty). */
export function statusAndProgress(reader: RowReader): { status: MeasureStatus; progress: number } | undefined {
  const status = reader.choice("status", STATUS_CHOICES, "planned");
  const progress = reader.percent("progress");
  if (status === undefined) return undefined;
  if (status === "completed" && progress !== null && progress !== 100) {
    reader.report("progress", "completed_needs_full_progress");
    return undefined;
  }
  if (progress === null && reader.filled("progress")) return undefined;
  return { status, progress: progress ?? (status === "completed" ? 100 : 0) };
}

/** A member municipality by name or code; other organisations are named as not members. */
export function memberMunicipality(reader: RowReader, indexes: ImportLookupIndexes): string | undefined {
  if (!reader.filled("municipality")) {
    reader.report("municipality", "required");
    return undefined;
  }
  const value = reader.text("municipality", 300);
  const member = findName(indexes.municipalities, value);
  if ("id" in member) return member.id;
  if (member.missing === "ambiguous") {
    reader.report("municipality", "ambiguous_organisation", { value });
    return undefined;
  }
  const known = findName(indexes.organisations, value);
  reader.report("municipality", "id" in known ? "not_a_member" : "unknown_organisation", { value });
  return undefined;
}
