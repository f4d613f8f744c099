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
 * The changed fields as the server takes them (the forms layer sends only what the user changed,
 * so a re-apply after a conflict keeps the other person's changes to the rest). A progress that
 * is not a number goes as NaN and comes back as a field error; an emptied date clears it.
 */
export function patchOf(changed: Partial<MeasureValues>): MeasurePatch {
  const patch: MeasurePatch = {};
  if (changed.title !== undefined) patch.title = changed.title;
  if (changed.description !== undefined) patch.description = changed.description;
  if (changed.status !== undefined) patch.status = changed.status;
  if (changed.progress !== undefined) patch.progress = changed.progress.trim() === "" ? Number.NaN : Number(changed.progress);
  if (changed.startDate !== undefined) patch.startDate = changed.startDate || null;
  if (changed.endDate !== undefined) patch.endDate = changed.endDate || null;
  return patch;
}
