import type { MeasureStatus } from "@samspill/domain";

/** What the edit forms hold: everything as the inputs give it, strings. */
export interface MeasureValues {
  title: string;
  description: string;
  status: MeasureStatus;
  progress: string;
  startDate: string;
  endDate: string;
}

export interface MeasurePatch {
  title?: string;
  description?: string;
  status?: MeasureStatus;
  progress?: number;
  startDate?: string | null;
  endDate?: string | null;
}

export function valuesOf(measure: {
  title: string; description: string; status: MeasureStatus; progress: number; startDate: string | null; endDate: string | null;
}): MeasureValues {
  return {
    title: measure.title,
    description: measure.description,
    status: measure.status,
    progress: String(measure.progress),
    startDate: measure.startDate ?? "",
    endDate: measure.endDate ?? "",
  };
}

/**
 * Only what the user changed, so that re-applying after a conflict does not overwrite the
 * other person's changes to fields this user never touched. The server validates the rest;
 * a progress that is not a number goes as NaN and comes back as a field error.
 */
export function patchOf(before: MeasureValues, after: Partial<MeasureValues>): MeasurePatch {
  const patch: MeasurePatch = {};
  if (after.title !== undefined && after.title !== before.title) patch.title = after.title;
  if (after.description !== undefined && after.description !== before.description) patch.description = after.description;
  if (after.status !== undefined && after.status !== before.status) patch.status = after.status;
  if (after.progress !== undefined && after.progress !== before.progress) {
    patch.progress = after.progress.trim() === "" ? Number.NaN : Number(after.progress);
  }
  if (after.startDate !== undefined && after.startDate !== before.startDate) patch.startDate = after.startDate || null;
  if (after.endDate !== undefined && after.endDate !== before.endDate) patch.endDate = after.endDate || null;
  return patch;
}
